# The math module: constants, the module object, and how it is imported.
import math
import sys
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(repr(math.pi), math.tau == 2 * math.pi, math.inf > 1e308, math.nan != math.nan)
print(type(math.pi).__name__, type(math.nan).__name__)
print(math.__name__, 'time' in sys.builtin_module_names)
print(math.sqrt, type(math.sqrt).__name__)
import math as m
print(m is math, m.pi is math.pi)
from math import pi, floor, inf as INF
print(pi, floor(2.7), INF)
print(sys.modules['math'] is math)
names = sorted(n for n in math.__dict__ if not n.startswith('_'))
print(len(names))
print(names)
try:
    math.nosuch
except AttributeError as e:
    print(type(e).__name__, e)
math.answer = 42
print(math.answer)
