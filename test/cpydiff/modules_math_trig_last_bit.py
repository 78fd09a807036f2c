"""
categories: Modules,math
description: math.sin/cos/tan/atan2 (and the cmath functions and complex ** non-integral exponents built on them) can differ from CPython's in the last bit for about one argument in a thousand
cause: glibc's IBM trigonometric functions are correctly rounded except for rare arguments; pyrite's (libm/trig.ts) are correctly rounded for all of them
workaround: compare results with math.isclose / cmath.isclose rather than ==
"""
import math, cmath
x = 3.9657462927869194
print(repr(math.sin(x)))                       # CPython: -0.7339732152088771
print(repr(cmath.sin(complex(x, 22.564000582891786)).real))
print(repr((2 + 1j) ** 0.5))                  # most arguments agree to the last bit
