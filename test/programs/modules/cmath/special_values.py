# C99 Annex G special values: every function on a grid of infinities, nans, signed zeros and
# finite numbers (large, small and subnormal), with the errors CPython raises for them.
import cmath
inf = float('inf'); nan = float('nan')
vals = [-inf, -2.5, -1.0, -0.0, 0.0, 0.5, 1.0, 3.0, inf, nan, 1e-310, 1e300, -1e308]
fns = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10',
       'sin', 'sinh', 'sqrt', 'tan', 'tanh']
for name in fns:
    f = getattr(cmath, name)
    lines = []
    for x in vals:
        for y in vals:
            try:
                r = f(complex(x, y))
                lines.append('%r %r -> %r %r' % (x, y, r.real, r.imag))
            except (ValueError, OverflowError) as e:
                lines.append('%r %r -> %s' % (x, y, type(e).__name__))
    print(name)
    print('\n'.join(lines))
for x in vals:
    for y in vals:
        try:
            r = cmath.rect(x, y)
            print('rect', x, y, r.real, r.imag)
        except (ValueError, OverflowError) as e:
            print('rect', x, y, type(e).__name__, e)
