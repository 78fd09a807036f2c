# sqrt (correctly rounded), fabs and copysign, with ints, bools, zeros, infinities and NaN.
import math

for x in [0.0, -0.0, 1, 2, 3, 4.0, 10, 1e-310, 5e-324, 1e308, 0.25, 2**52 + 1, 12345678987654321, True, math.inf, math.nan]:
    print(repr(x), repr(math.sqrt(x)), repr(math.fabs(x)))

for x in [-1, -0.5, -1e-300, -math.inf]:
    try:
        math.sqrt(x)
    except ValueError as e:
        print('sqrt', repr(x), type(e).__name__, e)

print(math.fabs(-3), math.fabs(-0.0), math.fabs(-math.inf), math.fabs(False))
for a, b in [(1, -0.0), (-1.5, 0.0), (3, -2), (0.0, -1), (math.inf, -1), (1, math.nan), (-2, -math.nan), (math.nan, -1)]:
    print(a, b, math.copysign(a, b))
print(math.copysign(1, -0.0) < 0, math.copysign(True, -1))
for bad in ['1', None, [], {}]:
    try:
        math.sqrt(bad)
    except TypeError as e:
        print(type(e).__name__, e)
