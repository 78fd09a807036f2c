# fmod (sign of x) and remainder (IEEE: nearest multiple, ties to even), exact in both.
import math

pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (5.5, 2), (-5.5, 2), (1e20, 3), (0.0, 1), (-0.0, 1),
         (3, math.inf), (-3, math.inf), (5, 2.5), (6, 4), (2, 4), (-6, 4), (1, 1e-300),
         (1e308, 1e-308), (0.1, 0.03), (10, 0.1), (5e-324, 5e-324)]
for x, y in pairs:
    print(x, y, repr(math.fmod(x, y)), repr(math.remainder(x, y)))

print('ties:', [math.remainder(x, 2) for x in [-5, -3, -1, 1, 3, 5]])
print('ties:', [math.remainder(x + 0.5, 1) for x in range(-4, 4)])

for x, y in [(1, 0), (math.inf, 1), (-math.inf, 2), (1, -0.0)]:
    for f in (math.fmod, math.remainder):
        try:
            print(f.__name__, repr(f(x, y)))
        except ValueError as e:
            print(f.__name__, x, y, type(e).__name__, e)

for x, y in [(math.nan, 1), (1, math.nan), (math.inf, math.nan), (4, math.inf), (-4, -math.inf)]:
    print(x, y, math.fmod(x, y), math.remainder(x, y))
