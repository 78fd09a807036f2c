# degrees and radians: one multiplication by a rounded constant, as CPython does.
import math

for x in [0, 1, -1, 90, 180, 360, 45, 30, 1e-300, 1e308, 0.5, 57.29577951308232, math.inf, math.nan, True]:
    print(repr(x), repr(math.radians(x)), repr(math.degrees(x)))
print(math.degrees(math.pi), math.radians(180) == math.pi, math.degrees(math.tau), math.radians(-0.0))
print([repr(math.degrees(math.radians(d))) for d in range(0, 361, 15)])
