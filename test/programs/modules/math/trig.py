# sin, cos and tan: exact points, large and tiny arguments, zeros, and the domain errors.
import math

pi = math.pi
points = [0.0, -0.0, pi / 6, pi / 4, pi / 3, pi / 2, 2 * pi / 3, pi, 3 * pi / 2, 2 * pi, -pi / 4, 1, -1, 0.5, 2, 3, 10, 100,
          1e-5, 1e-9, 1e-20, 5e-324, 1e5, 1e10, 1e15, 1e22, 1e100, 1e300, 1.7976931348623157e308, 7, True]
for x in points:
    print(repr(x), repr(math.sin(x)), repr(math.cos(x)), repr(math.tan(x)))

print([repr(math.sin(k * 0.25)) for k in range(-12, 13)])
print([repr(math.cos(k * 0.25)) for k in range(-12, 13)])
print([repr(math.tan(k * 0.3)) for k in range(-8, 9)])
print(math.sin(-0.0), math.tan(-0.0), math.cos(-0.0), math.sin(pi) < 1e-15, math.cos(pi / 2) < 1e-16)
for x in [math.inf, -math.inf]:
    for f in (math.sin, math.cos, math.tan):
        try:
            f(x)
        except ValueError as e:
            print(f.__name__, x, type(e).__name__, e)
print(math.sin(math.nan), math.cos(math.nan), math.tan(math.nan))
