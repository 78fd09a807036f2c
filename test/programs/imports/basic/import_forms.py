import greet
print(greet.greet('world'), greet.counter)
import greet as g2
print(g2 is greet, g2.greet('again'), greet.counter)
from greet import greet as hello, Greeter, GREETING
print(hello('you'), Greeter('x'), GREETING)
import sys
print('greet' in sys.modules, sys.modules['greet'] is greet)
print(type(greet).__name__, greet.__name__)
print(sorted(k for k in vars(greet) if not k.startswith('__')))
greet.GREETING = 'hi'
print(hello('changed'))
import shapes
print(shapes.area('rect', 3, 4), shapes.area('square', 5))
print(shapes.mh.cube(3), 'math_helpers' in sys.modules)
try:
    shapes.area('circle', 1)
except ValueError as e:
    print('ValueError:', e)
def f():
    import math_helpers
    from math_helpers import cube
    return math_helpers.square(2) + cube(2)
print(f())
print('f' in vars(sys.modules[__name__]), 'math_helpers' in vars(sys.modules[__name__]))
