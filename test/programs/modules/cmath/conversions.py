# cmath's arguments convert as complex() would without a string: a complex (subclasses as they
# are, without their __complex__), else __complex__, else __float__ or __index__.
import cmath
class F:
    def __float__(self):
        return 4.0
class I:
    def __index__(self):
        return 9
class C:
    def __complex__(self):
        return -4 + 0j
class S(complex):
    def __complex__(self):
        return 9j
class Bad:
    def __complex__(self):
        return 1.5
print(cmath.sqrt(F()), cmath.sqrt(I()), cmath.sqrt(C()), cmath.sqrt(S(4)), cmath.sqrt(True))
print(cmath.log(F(), I()), cmath.isclose(C(), -4), cmath.polar(S(3, 4)), cmath.phase(C()))
for f in (lambda: cmath.sqrt(Bad()), lambda: cmath.rect(C(), 1), lambda: cmath.exp('1'),
          lambda: cmath.isclose(1, Bad())):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
