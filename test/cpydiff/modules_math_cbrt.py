"""
categories: Modules,math
description: math.cbrt() can differ from CPython's in the last bit (glibc's cbrt is not correctly rounded)
cause: CPython on Linux returns glibc's own cbrt, LGPL code we do not reproduce; pyrite's is AssemblyScript's (within one ulp)
workaround: compare cube roots with math.isclose, or use x ** (1/3) for positive x
"""
import math
print(math.cbrt(27.0), math.cbrt(-8.0))          # exact cubes agree
print([math.cbrt(k * 0.731) for k in range(1, 8)])  # the last digit may differ
