# cmath.isclose: math.isclose's rule on |a - b|, its keyword-only tolerances and their errors.
import cmath
inf = float('inf'); nan = float('nan')
pairs = [(1j, 1j), (1 + 1j, 1 + 1.0000000001j), (1 + 1j, 1 + 1.000001j), (0, 1e-10j),
         (complex(inf, 0), complex(inf, 0)), (complex(inf, 0), complex(-inf, 0)),
         (complex(inf, 1), complex(inf, 2)), (complex(nan, 0), complex(nan, 0)), (1e308j, -1e308j)]
for a, b in pairs:
    print(a, b, cmath.isclose(a, b), cmath.isclose(a, b, rel_tol=1e-5), cmath.isclose(a, b, abs_tol=1e-9))
print(cmath.isclose(a=1, b=1), cmath.isclose(1, 1.1, rel_tol=0.1), cmath.isclose(0j, 1e-12, abs_tol=1e-12))
for f in (lambda: cmath.isclose(1), lambda: cmath.isclose(1, 2, 3), lambda: cmath.isclose(1, 1, rel_tol=-1),
          lambda: cmath.isclose(1, 1, abs_tol=-0.5), lambda: cmath.isclose(1, 1, foo=1),
          lambda: cmath.isclose(1, 1, rel_tol='x'), lambda: cmath.isclose(1, a=1),
          lambda: cmath.isclose(1, 2, 3, 4, 5)):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
