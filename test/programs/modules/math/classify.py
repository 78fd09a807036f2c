# isfinite, isinf, isnan and isclose on every kind of value.
import math

for x in [0.0, -0.0, 1, True, 1e308, 5e-324, math.inf, -math.inf, math.nan, -math.nan, 10**18]:
    print(repr(x), math.isfinite(x), math.isinf(x), math.isnan(x))

cases = [
    (1.0, 1.0), (1.0, 1.0 + 1e-10), (1.0, 1.0 + 1e-8), (0.0, 1e-10), (0.0, 0.0), (-0.0, 0.0),
    (1e308, 1.0000000001e308), (math.inf, math.inf), (math.inf, -math.inf), (math.inf, 1e308),
    (math.nan, math.nan), (1, 1), (100, 101), (5e-324, 0.0), (-1.0, 1.0),
]
for a, b in cases:
    print(a, b, math.isclose(a, b), math.isclose(a, b, rel_tol=0.01), math.isclose(a, b, abs_tol=1e-9),
          math.isclose(b, a, rel_tol=0.0, abs_tol=0.0))
print(math.isclose(a=1, b=1.0000000001), math.isclose(1, b=2, rel_tol=1), math.isclose(1, 2, abs_tol=1))
print(math.isclose(1, 2, rel_tol=0.5), math.isclose(1, 2, rel_tol=0.49999), math.isclose(1e-10, 2e-10, abs_tol=1e-10))
print(math.isclose(**{'a': 3, 'b': 3.0000001, 'rel_tol': 1e-6}))
