# gamma and lgamma (CPython's own Lanczos implementation) and erf/erfc.
import math

for x in [1, 2, 3, 10, 23, 24, 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.1, 1e-10, -1e-10, 1e-25, 5.5, 30.3, 100.7, 140.5, 171.5,
          171.6, 171.62, -170.5, -171.5, -180.3, 5e-324]:
    vals = []
    for f in (math.gamma, math.lgamma):
        try:
            vals.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            vals.append(type(e).__name__)
    print(repr(x), ' '.join(vals))
for x in [1e10, 1e300, -1e10 - 0.5, -3.0000001, 2.0000001]:
    try:
        print(repr(x), repr(math.lgamma(x)))
    except (ValueError, OverflowError) as e:
        print(repr(x), type(e).__name__, e)
print([repr(math.gamma(k / 3)) for k in range(1, 20)])
print([repr(math.lgamma(k / 7)) for k in range(-20, 21, 3)])

for x in [0.0, -0.0, 1e-300, 1e-10, 0.1, 0.5, -0.5, 0.84375, 1, 1.25, 2, 2.857, 3, 5, 6, 10, 27, 28, 30, -1, -3, -6, -10]:
    print(repr(x), repr(math.erf(x)), repr(math.erfc(x)))
print(math.erf(math.inf), math.erf(-math.inf), math.erfc(math.inf), math.erfc(-math.inf), math.erf(math.nan))

def attempt(label, f):
    try:
        print(label, repr(f()))
    except (ValueError, OverflowError) as e:
        print(label, type(e).__name__, e)

attempt('gamma(0)', lambda: math.gamma(0))
attempt('gamma(-0.0)', lambda: math.gamma(-0.0))
attempt('gamma(-3)', lambda: math.gamma(-3))
attempt('gamma(172)', lambda: math.gamma(172))
attempt('gamma(-inf)', lambda: math.gamma(-math.inf))
attempt('gamma(inf)', lambda: math.gamma(math.inf))
attempt('gamma(1e-310)', lambda: math.gamma(1e-310))
attempt('lgamma(0)', lambda: math.lgamma(0))
attempt('lgamma(-2)', lambda: math.lgamma(-2))
attempt('lgamma(inf)', lambda: math.lgamma(math.inf))
attempt('lgamma(-inf)', lambda: math.lgamma(-math.inf))
attempt('lgamma(1e308)', lambda: math.lgamma(1e308))
