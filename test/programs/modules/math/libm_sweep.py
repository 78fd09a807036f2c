# A sweep over each function of the C library: every value must be glibc's to the last bit.
import math

def sweep(name, f, xs):
    out = []
    for x in xs:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out))

xs = [(k * 0.731) ** 1.7 * (-1) ** k for k in range(1, 90)]
pos = [abs(x) for x in xs]
unit = [x / 120 for x in xs if abs(x) < 120]
sweep('exp', math.exp, [x / 3 for x in xs])
sweep('exp2', math.exp2, [x / 2 for x in xs])
sweep('expm1', math.expm1, [x / 5 for x in xs])
sweep('log', math.log, pos)
sweep('log2', math.log2, pos)
sweep('log10', math.log10, pos)
sweep('log1p', math.log1p, [x / 10 for x in pos])
sweep('sinh', math.sinh, [x / 4 for x in xs])
sweep('cosh', math.cosh, [x / 4 for x in xs])
sweep('tanh', math.tanh, [x / 20 for x in xs])
sweep('asinh', math.asinh, xs)
sweep('acosh', math.acosh, [1 + x for x in pos])
sweep('atanh', math.atanh, unit)
sweep('erf', math.erf, [x / 20 for x in xs])
sweep('erfc', math.erfc, [x / 10 for x in xs])
sweep('gamma', math.gamma, [x / 7 for x in xs])
sweep('lgamma', math.lgamma, [x / 2 for x in xs])
sweep('pow', lambda x: math.pow(x, 1.37), pos)
sweep('sqrt', math.sqrt, pos)
