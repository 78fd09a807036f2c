# The argument-count and keyword errors of every kind of math function.
import math

calls = [
    ('sqrt()', lambda: math.sqrt()),
    ('sqrt(1, 2)', lambda: math.sqrt(1, 2)),
    ('sqrt(x=1)', lambda: math.sqrt(x=1)),
    ('floor()', lambda: math.floor()),
    ('trunc(x=1)', lambda: math.trunc(x=1)),
    ('log()', lambda: math.log()),
    ('log(1, 2, 3)', lambda: math.log(1, 2, 3)),
    ('log(x=1)', lambda: math.log(x=1)),
    ('pow(1)', lambda: math.pow(1)),
    ('pow(1, 2, 3)', lambda: math.pow(1, 2, 3)),
    ('pow(x=1, y=2)', lambda: math.pow(x=1, y=2)),
    ('atan2(1)', lambda: math.atan2(1)),
    ('copysign()', lambda: math.copysign()),
    ('fmod(1)', lambda: math.fmod(1)),
    ('remainder(1, 2, 3)', lambda: math.remainder(1, 2, 3)),
    ('ldexp(1)', lambda: math.ldexp(1)),
    ('ldexp(x=1, i=2)', lambda: math.ldexp(x=1, i=2)),
    ('nextafter(1)', lambda: math.nextafter(1)),
    ('frexp()', lambda: math.frexp()),
    ('modf(1, 2)', lambda: math.modf(1, 2)),
    ('ulp()', lambda: math.ulp()),
    ('isqrt(n=4)', lambda: math.isqrt(n=4)),
    ('factorial(1, 2)', lambda: math.factorial(1, 2)),
    ('gamma()', lambda: math.gamma()),
    ('lgamma(1, 2)', lambda: math.lgamma(1, 2)),
    ('erf()', lambda: math.erf()),
    ('degrees(x=1)', lambda: math.degrees(x=1)),
    ('isnan()', lambda: math.isnan()),
    ('dist()', lambda: math.dist()),
    ('comb(1, 2, 3)', lambda: math.comb(1, 2, 3)),
]
for label, f in calls:
    try:
        f()
    except TypeError as e:
        print(label, '->', e)
