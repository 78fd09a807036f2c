# math.pow: every special case of C99 Annex F, glibc's pow elsewhere, and the ** operator.
import math

inf, nan = math.inf, math.nan
specials = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, inf, -inf, nan]
for x in specials:
    row = []
    for y in specials:
        try:
            row.append(repr(math.pow(x, y)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
    print(repr(x), ' '.join(row))

for x, y in [(2, 10), (2, 0.5), (10, -2), (1.0000001, 1e7), (0.9999999, 1e7), (3, 1 / 3), (27, 1 / 3), (7.5, 3.25),
             (1e10, 30), (1e-10, 30), (2, -1074), (2, -1075), (2, 1023), (1.5, 1e3), (0.1, 0.1), (123.456, -7.89),
             (-2, 3), (-2, -3), (-8, 1 / 3 * 3), (2, 52.5), (4503599627370497, 1), (5, 2), (10, 22), (10, 23), (-1.5, 2),
             (1 + 2 ** -52, 2 ** 52), (1 - 2 ** -53, 2 ** 53)]:
    try:
        r = math.pow(x, y)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__
    print(x, y, repr(r), repr(float(x) ** float(y)) if x >= 0 or float(y).is_integer() else '')

print([repr(math.pow(1.1, k)) for k in range(-5, 6)])
print([repr(2.5 ** k) for k in range(-3, 4)], [repr(k ** 0.5) for k in range(1, 10)])

def attempt(label, f):
    try:
        print(label, repr(f()))
    except (ValueError, OverflowError, ZeroDivisionError, TypeError) as e:
        print(label, type(e).__name__, e)

attempt('pow(0, -1)', lambda: math.pow(0, -1))
attempt('pow(-0.0, -3)', lambda: math.pow(-0.0, -3))
attempt('pow(-1, 0.5)', lambda: math.pow(-1, 0.5))
attempt('pow(10, 400)', lambda: math.pow(10, 400))
attempt('pow(-10, 401)', lambda: math.pow(-10, 401))
attempt('pow(10, -400)', lambda: math.pow(10, -400))
attempt('pow(1e300, 2)', lambda: math.pow(1e300, 2))
attempt('** overflow', lambda: 1e300 ** 2)
attempt('** zero', lambda: 0.0 ** -1)
attempt('pow str', lambda: math.pow('2', 2))
attempt('pow three', lambda: math.pow(1, 2, 3))
