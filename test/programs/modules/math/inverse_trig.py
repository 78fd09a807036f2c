# asin, acos, atan and atan2: every quadrant and every signed zero and infinity.
import math

for x in [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 0.1, 0.9, 0.99, 1e-10, -1e-300, 0.7071067811865476, 0.8660254037844386, True]:
    print(repr(x), repr(math.asin(x)), repr(math.acos(x)), repr(math.atan(x)))
for x in [2, -2, 10, 1e10, -1e300, math.inf, -math.inf, 1e-5, 0.25, 1.5]:
    print(repr(x), repr(math.atan(x)))

zeros_infs = [0.0, -0.0, 1.0, -1.0, math.inf, -math.inf, math.nan]
for y in zeros_infs:
    print(repr(y), [repr(math.atan2(y, x)) for x in zeros_infs])
for y, x in [(1, 1), (1, -1), (-1, -1), (-1, 1), (3, 4), (-3, 4), (1e-300, 1e300), (1e300, 1e-300), (-1e-300, -1e300),
             (5e-324, 1), (1, 5e-324), (2, 0), (0.5, -2), (1e10, 3), (-7, -0.001)]:
    print(y, x, repr(math.atan2(y, x)))

def attempt(label, f):
    try:
        print(label, repr(f()))
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)

attempt('asin(1.0000000000000002)', lambda: math.asin(1.0000000000000002))
attempt('asin(-2)', lambda: math.asin(-2))
attempt('acos(inf)', lambda: math.acos(math.inf))
attempt('acos(nan)', lambda: math.acos(math.nan))
attempt('atan2 str', lambda: math.atan2('1', 1))
attempt('atan2 one', lambda: math.atan2(1))
