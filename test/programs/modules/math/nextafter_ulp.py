# nextafter and ulp at the interesting places of the double format.
import math

for x, y in [(1.0, 2.0), (1.0, 0.0), (0.0, 1.0), (0.0, -1.0), (-0.0, 0.0), (0.0, -0.0), (5e-324, 0.0),
             (-5e-324, 0.0), (1.7976931348623157e308, math.inf), (math.inf, 0.0), (-math.inf, 0.0),
             (2.0, 2.0), (1.0, math.nan), (math.nan, 1.0), (2.2250738585072014e-308, 0.0), (1, 2)]:
    print(x, y, repr(math.nextafter(x, y)))

for x in [1.0, -1.0, 0.0, 5e-324, 1e-310, 2.0, 1e16, 2**53, 1.7976931348623157e308, 0.1,
          math.inf, -math.inf, math.nan, 3, True]:
    print(repr(x), repr(math.ulp(x)))

x = 1.0
steps = []
for _ in range(3):
    x = math.nextafter(x, 0)
    steps.append(repr(x))
print(steps, math.ulp(1.0) == 2 ** -52, math.ulp(1.0) == 2 * math.ulp(0.5))
