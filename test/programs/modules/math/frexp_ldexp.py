# frexp, ldexp and modf: exact decompositions, subnormals, the exponent range, errors.
import math

for x in [0.0, -0.0, 1.0, 8.0, -3.5, 0.1, 1e300, 1e-300, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, 7, True, math.inf, -math.inf, math.nan]:
    m, e = math.frexp(x)
    print(repr(x), repr(m), e, math.ldexp(m, e) == x or x != x)

for x, i in [(0.5, 3), (1.0, -1074), (1.0, -1075), (1.5, -1075), (1.0, -1076), (0.75, 1024),
             (1.0, 1023), (3.0, -1022), (-0.0, 100), (math.inf, -5), (1.0, 0), (1.0, -10000),
             (5e-324, 1074), (1.0, True), (2, 3)]:
    try:
        print(x, i, repr(math.ldexp(x, i)))
    except OverflowError as e:
        print(x, i, type(e).__name__, e)

for bad in [(1.0, 2.0), (1.0, '2'), ('1', 2), (1.0, None)]:
    try:
        math.ldexp(*bad)
    except TypeError as e:
        print(type(e).__name__, e)

for x in [3.5, -3.5, 2.0, -2.0, 0.0, -0.0, 1e20, -1e-20, 0.1, 123.456, math.inf, -math.inf, math.nan, 5, -7]:
    print(repr(x), math.modf(x))
