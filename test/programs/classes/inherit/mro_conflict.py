# An inconsistent MRO is a TypeError when the class statement runs; the message names the bases.
class A: pass
class B(A): pass
class C(A): pass
class X: pass
class Y: pass


def attempt(label, make):
    try:
        cls = make()
        print(label, 'ok:', [c.__name__ for c in cls.__mro__])
    except TypeError as e:
        print(label, 'TypeError:', e)


def bad1():
    # A before its own subclass B.
    class Bad(A, B):
        pass
    return Bad


def bad2():
    class XY(X, Y): pass
    class YX(Y, X): pass
    class Bad(XY, YX):
        pass
    return Bad


def bad3():
    class D(B, C): pass
    class E(C, B): pass
    class Bad(D, E):
        pass
    return Bad


def good():
    class Fine(B, A):
        pass
    return Fine


def good2():
    class D(B, C): pass
    class Fine(D, C):
        pass
    return Fine


attempt('bad1', bad1)
attempt('bad2', bad2)
attempt('bad3', bad3)
attempt('good', good)
attempt('good2', good2)

# type() with bad bases gives the same error.
try:
    type('Dyn', (A, B), {})
except TypeError as e:
    print('type():', e)

# The failing class statement does not bind its name.
try:
    class Never(A, B):
        pass
except TypeError:
    pass
try:
    Never
except NameError as e:
    print('NameError:', e)
