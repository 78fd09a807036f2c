# exp, exp2, expm1 and the logarithms: glibc's values, CPython's errors.
import math

for x in [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 10, -10, 100.5, 700, 709.78, -708, -745, -745.2, 1e-10, -1e-300,
          5e-324, 3, True, math.inf, -math.inf, math.nan]:
    print(repr(x), repr(math.exp(x)), repr(math.exp2(x)), repr(math.expm1(x)))

for x in [0.1, 0.5, 1.0, 2.0, 2.718281828459045, 10, 100, 1000, 1024, 1e100, 1e-100, 1e308, 5e-324,
          0.9999999999999999, 1.0000000000000002, 7, 2**62, True, math.inf]:
    print(repr(x), repr(math.log(x)), repr(math.log2(x)), repr(math.log10(x)), repr(math.log1p(x)))

print([math.log10(10.0 ** k) for k in range(0, 23)])
print([math.log2(2.0 ** k) for k in range(-1074, 1024, 97)])
print(math.log(8, 2), math.log(100, 10), math.log(1000, 10), math.log(2 ** 60, 2), math.log(0.5, 0.25), math.log(10, 0.1))
print(math.log(7, 7), math.log(math.e), math.log(1e300, 1e-300), math.log(3, True + 1))
for x in [-0.5, -0.9999999999999999, 1e-20, -1e-20, 1e-17, 0.41, -0.29, 3e-5, 30.5, 700.1]:
    print(repr(x), repr(math.log1p(x)), repr(math.expm1(x)))

def attempt(label, f):
    try:
        print(label, repr(f()))
    except (ValueError, OverflowError, ZeroDivisionError, TypeError) as e:
        print(label, type(e).__name__, e)

attempt('exp(710)', lambda: math.exp(710))
attempt('exp(1e308)', lambda: math.exp(1e308))
attempt('exp2(1024)', lambda: math.exp2(1024))
attempt('exp2(-1075)', lambda: math.exp2(-1075))
attempt('expm1(710)', lambda: math.expm1(710))
attempt('expm1(-1e300)', lambda: math.expm1(-1e300))
attempt('log(0)', lambda: math.log(0))
attempt('log(-0.0)', lambda: math.log(-0.0))
attempt('log(-1)', lambda: math.log(-1))
attempt('log(-inf)', lambda: math.log(-math.inf))
attempt('log(nan)', lambda: math.log(math.nan))
attempt('log(1, 1)', lambda: math.log(1, 1))
attempt('log(2, 1)', lambda: math.log(2, 1))
attempt('log(2, 0)', lambda: math.log(2, 0))
attempt('log(2, -2)', lambda: math.log(2, -2))
attempt('log(2, inf)', lambda: math.log(2, math.inf))
attempt('log(False)', lambda: math.log(False))
attempt('log(-5)', lambda: math.log(-5))
attempt('log2(0)', lambda: math.log2(0))
attempt('log2(-2.5)', lambda: math.log2(-2.5))
attempt('log10(0.0)', lambda: math.log10(0.0))
attempt('log10(-1e-300)', lambda: math.log10(-1e-300))
attempt('log1p(-1)', lambda: math.log1p(-1))
attempt('log1p(-1.5)', lambda: math.log1p(-1.5))
attempt('log1p(-inf)', lambda: math.log1p(-math.inf))
attempt('log("e")', lambda: math.log('e'))
