# cmath's errors: argument errors worded as CPython's clinic, arguments that are not numbers,
# domain errors (ValueError) and overflows (OverflowError).
import cmath
cases = [
    lambda: cmath.sqrt(), lambda: cmath.sqrt(1, 2), lambda: cmath.sqrt(x=1),
    lambda: cmath.sqrt('a'), lambda: cmath.exp(None), lambda: cmath.rect(1),
    lambda: cmath.rect(1, 2, 3), lambda: cmath.rect(1j, 2), lambda: cmath.rect(r=1, phi=2),
    lambda: cmath.phase(), lambda: cmath.polar(1, 2), lambda: cmath.log(),
    lambda: cmath.log(1, 2, 3), lambda: cmath.log(10, 'a'), lambda: cmath.log(x=1),
    lambda: cmath.isnan([]), lambda: cmath.sqrt(2 ** 1100),
    lambda: cmath.log(0), lambda: cmath.log(0j), lambda: cmath.log10(0), lambda: cmath.log(1, 0),
    lambda: cmath.log(2, 1), lambda: cmath.log(1, 1), lambda: cmath.atanh(1), lambda: cmath.atanh(-1),
    lambda: cmath.exp(1000), lambda: cmath.exp(complex(0, float('inf'))), lambda: cmath.cosh(1000),
    lambda: cmath.sinh(-1000 + 1j), lambda: cmath.cos(1000j), lambda: cmath.tan(complex(float('inf'), 1)),
    lambda: cmath.rect(1, float('inf')), lambda: cmath.polar(1e308 + 1e308j),
    lambda: cmath.phase(complex(1e300, 1e-310)),
]
for f in cases:
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(cmath.log(0, 2), cmath.log(float('inf'), 2), cmath.log(2, float('inf')))
print(cmath.polar(complex(1e300, 1e-310)), cmath.phase(complex(1e10, 1e-300)))
