# sinh, cosh, tanh and their inverses, with the overflow and domain errors.
import math

for x in [0.0, -0.0, 1e-10, 0.3, 0.5, -0.5, 1, -1, 2, 10, -10, 22, 30, 100, 709, 710, -710, 710.4, 5e-324, True]:
    vals = []
    for f in (math.sinh, math.cosh, math.tanh):
        try:
            vals.append(repr(f(x)))
        except OverflowError as e:
            vals.append(type(e).__name__)
    print(repr(x), ' '.join(vals))
for x in [0.0, -0.0, 0.5, -0.5, 1, 2, 3.5, 100, 1e10, 1e300, -1e300, 1e-300, 2 ** 28, 2 ** 28 + 1]:
    print(repr(x), repr(math.asinh(x)))
for x in [1, 1.0000000000000002, 1.5, 2, 2.0000000000000004, 10, 1e8, 1e300, 2 ** 28]:
    print(repr(x), repr(math.acosh(x)))
for x in [0.0, -0.0, 1e-20, 0.25, 0.5, -0.5, 0.75, 0.9999999999999999, -0.9999999999999999]:
    print(repr(x), repr(math.atanh(x)))
print([repr(math.tanh(k / 4)) for k in range(-20, 21, 3)])
print(math.sinh(math.inf), math.sinh(-math.inf), math.cosh(-math.inf), math.tanh(math.inf), math.tanh(-math.inf),
      math.asinh(-math.inf), math.acosh(math.inf), math.sinh(math.nan))

def attempt(label, f):
    try:
        print(label, repr(f()))
    except (ValueError, OverflowError) as e:
        print(label, type(e).__name__, e)

attempt('cosh(711)', lambda: math.cosh(711))
attempt('sinh(-1000)', lambda: math.sinh(-1000))
attempt('acosh(0.5)', lambda: math.acosh(0.5))
attempt('acosh(-inf)', lambda: math.acosh(-math.inf))
attempt('atanh(1)', lambda: math.atanh(1))
attempt('atanh(-1)', lambda: math.atanh(-1))
attempt('atanh(2)', lambda: math.atanh(2))
attempt('atanh(inf)', lambda: math.atanh(math.inf))
