# int methods and attributes on big values: bit_length, bit_count, as_integer_ratio, conjugate,
# real/imag/numerator/denominator, __index__, __round__, __trunc__, __floor__, __ceil__, __abs__.
for v in (2 ** 100, -(2 ** 100), 2 ** 100 - 1, 3 ** 77, -(2 ** 63), 2 ** 63, 0, -1, 255):
    print(v.bit_length(), v.bit_count(), v.as_integer_ratio()[0] == v, v.as_integer_ratio()[1],
          v.conjugate() == v, v.real == v, v.imag, v.numerator == v, v.denominator)
b = 7 ** 40
print(b.__index__(), b.__round__(), b.__trunc__(), b.__floor__(), b.__ceil__(), b.__abs__(), (-b).__abs__())
print(b.__neg__(), b.__pos__(), b.__invert__(), b.__add__(1), b.__radd__(1), b.__mul__(b) == b * b)
print(b.__floordiv__(10 ** 10), b.__mod__(10 ** 10), b.__pow__(2) == b ** 2, (2 ** 70).__rpow__(1), (2).__rpow__(2 ** 70) % 1000)
print(b.__lshift__(3), b.__rshift__(30), b.__and__(0xFFFF), b.__or__(1), b.__xor__(b))
print(b.__eq__(7 ** 40), b.__lt__(7 ** 41), b.__hash__() == hash(b), b.__bool__(), (0).__bool__())
print(b.__float__(), b.__int__() is b, b.__truediv__(7 ** 39), b.__rtruediv__(1))
print(b.__add__(1.5), b.__lt__(1.5), int.__add__(b, b), int.bit_length(-b))
for m in ('bit_length', 'bit_count', 'as_integer_ratio', 'conjugate'):
    try:
        getattr(b, m)(1)
    except TypeError as e:
        print(m, 'TypeError', e)
try:
    b.real = 5
except AttributeError as e:
    print('AttributeError', e)
