# complex(x) calls type(x).__complex__ first, then falls back to __float__ or __index__;
# __int__ alone is not enough. __complex__ must return a complex.
class WithComplex:
    def __complex__(self):
        return 3 + 4j
class ReturnsInt:
    def __complex__(self):
        return 3
class ReturnsFloat:
    def __complex__(self):
        return 3.5
class Raises:
    def __complex__(self):
        raise RuntimeError('no complex today')
class WithFloat:
    def __float__(self):
        return 2.5
class WithIndex:
    def __index__(self):
        return 7
class WithInt:
    def __int__(self):
        return 9
class BadFloat:
    def __float__(self):
        return 'x'
class Both:
    def __complex__(self):
        return 1j
    def __float__(self):
        return 99.0
print(complex(WithComplex()), complex(WithFloat()), complex(WithIndex()), complex(Both()))
print(complex(WithComplex(), 1), complex(WithFloat(), WithIndex()), complex(1, WithFloat()))
print(complex(WithComplex(), 1j), complex(Both(), Both()))
for f in (lambda: complex(ReturnsInt()), lambda: complex(ReturnsFloat()), lambda: complex(Raises()),
          lambda: complex(WithInt()), lambda: complex(1, WithComplex()), lambda: complex(BadFloat()),
          lambda: complex(1, BadFloat()), lambda: complex(1, WithInt())):
    try:
        print(f())
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
inst = WithComplex()
inst.__complex__ = lambda: 1j  # looked up on the type, not the instance
print(complex(inst))
class Sub(complex):
    def __complex__(self):
        return 9j
print(complex(Sub(1)), complex(Sub(1), 1), Sub(1) + 0)
print((5j).__complex__(), (5j).__complex__() is not None)
