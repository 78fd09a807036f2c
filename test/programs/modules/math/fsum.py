# fsum: the correctly rounded sum, however badly the terms cancel.
import math

tests = [
    [],
    [0.0],
    [-0.0],
    [-0.0, -0.0],
    [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50],
    [0.1] * 10,
    [1.0, 1e-16, 1e-16],
    [1e-16, 1.0, 1e16],
    [1e16, 1.0, 1e-16],
    [2.0 ** 53, -0.5, -2.0 ** -54],
    [2.0 ** 53, 1.0, 2.0 ** -100],
    [2.0 ** 53 + 10.0, 1.0, 2.0 ** -100],
    [2.0 ** 53 - 4.0, 0.5, 2.0 ** -54],
    [1.7976931348623157e308, -1.7976931348623157e308, 1.0],
    [1e308, 1e308, -1e308],
    [-1e308, 1e308, 1e308, -1e308],
    [x / 7 for x in range(1, 50)],
    [(-1) ** k / (2 * k + 1) for k in range(200)],
    [1, 2, 3],
    [True, 0.5],
    [5e-324, 5e-324, -5e-324],
    [3.0, 1e-300, -3.0],
    [1.0, -1.0, 1e-300],
]
for t in tests:
    print(repr(math.fsum(t)), repr(sum(t)) if len(t) < 8 else '')
print(math.fsum(iter([0.5, 0.25])), math.fsum((x * 0.1 for x in range(11))), math.fsum(range(10)))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -1e308, -1e308]), math.fsum([math.nan, 1.0]),
      math.fsum([math.inf, math.nan]), math.fsum([math.inf, math.inf]))
