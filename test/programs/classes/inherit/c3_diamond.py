# C3 linearization: __mro__ (printed as names) for diamonds, nested diamonds, the classic
# example from the C3 paper, and the mro() method.
def names(cls):
    return ' '.join([c.__name__ for c in cls.__mro__])


class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
class E(C, B): pass

print('D:', names(D))
print('E:', names(E))
print('mro():', [c.__name__ for c in D.mro()])
print(type(D.__mro__).__name__, type(D.mro()).__name__)


# The example from "A Monotonic Superclass Linearization for Dylan".
class O: pass
class F(O): pass
class E2(O): pass
class D2(O): pass
class C2(D2, F): pass
class B2(D2, E2): pass
class A2(B2, C2): pass

print('A2:', names(A2))
print('B2:', names(B2))
print('C2:', names(C2))


# The Python 2.3 MRO document example.
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class Q(K1, K2, K3): pass

print('Q:', names(Q))


# A wide diamond: many classes sharing one root.
class Root: pass
class P1(Root): pass
class P2(Root): pass
class P3(Root): pass
class Wide(P1, P2, P3): pass

print('Wide:', names(Wide))


# Double diamond.
class T: pass
class L(T): pass
class R(T): pass
class M(L, R): pass
class L2(M): pass
class R2(M): pass
class Bottom(L2, R2): pass

print('Bottom:', names(Bottom))


# Method resolution follows the MRO: the first class defining the name wins.
class Base:
    def who(self):
        return 'Base'


class Left(Base):
    pass


class Right(Base):
    def who(self):
        return 'Right'


class Child(Left, Right):
    pass


print(Child().who(), names(Child))

# Each class's __mro__ starts with itself and ends with object.
for cls in (A, D, A2, Q, Bottom, int, bool):
    print(cls.__name__, cls.__mro__[0] is cls, cls.__mro__[-1] is object, len(cls.__mro__))
