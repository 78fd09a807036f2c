# Regression: float() (and complex(), which converts through it) ignored a __float__ defined by
# a subclass of int or float, and called __index__ results it had not checked were ints.
class I(int):
    def __float__(self):
        return 9.5
class J(int):
    pass
class F(float):
    def __float__(self):
        return 2.5
class G(float):
    pass
class X:
    def __index__(self):
        return 'no'
class S(str):
    def __float__(self):
        return 1.25
class T(str):
    pass
for v in (I(3), J(4), F(1.0), G(1.5), True):
    print(type(v).__name__, float(v), complex(v), complex(1, v), type(float(v)).__name__)
for v in (S('3'), T('4.5'), b'2.5', bytearray(b'1e3')):
    print(type(v).__name__, float(v))
for v in (X(), [], None):
    try:
        print(float(v))
    except TypeError as e:
        print(type(e).__name__, e)
