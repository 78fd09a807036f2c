# A negative int or float to a fractional power is a complex (float's ** hands it over), while
# integral exponents and math.pow stay real.
import math
print((-8) ** (1 / 3))
print((-1) ** 0.5, (-1.0) ** 0.5, (-4) ** 1.5, (-2.0) ** -0.5, (-2) ** 2.5)
print(type((-1) ** 0.5).__name__, type((-1) ** 2.0).__name__, (-1) ** 2.0, (-2.0) ** -2)
print((-0.5) ** 0.25, (-1e-10) ** 0.5, (-1e10) ** 0.5)
print(pow(-27, 1 / 3), pow(-2.5, 0.1))
try:
    print((-1e300) ** 1.5)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(math.pow(-8, 1 / 3))
except ValueError as e:
    print(type(e).__name__, e)
print(-8 ** (1 / 3))
roots = [(-1) ** (k / 4) for k in range(1, 4)]
print(roots)
