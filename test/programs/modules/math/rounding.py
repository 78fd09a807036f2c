# floor, ceil and trunc: floats, ints and bools, and the __floor__/__ceil__/__trunc__ protocol.
import math

values = [2.5, -2.5, 2.0, -0.0, 0.3, -0.3, 1e15 + 0.5, -1e15 - 0.5, 123456789.999, 7, -7, True, False]
for v in values:
    print(repr(v), math.floor(v), math.ceil(v), math.trunc(v),
          type(math.floor(v)).__name__, type(math.trunc(v)).__name__)

class Spec:
    def __floor__(self): return 'floor!'
    def __ceil__(self): return 'ceil!'
    def __trunc__(self): return 'trunc!'

print(math.floor(Spec()), math.ceil(Spec()), math.trunc(Spec()))

class OnlyFloat:
    def __float__(self): return 3.75

print(math.floor(OnlyFloat()), math.ceil(OnlyFloat()))

class Sub(float):
    def __floor__(self): return 'subclass floor'

print(math.floor(Sub(1.5)), math.ceil(Sub(1.5)))

class IntSub(int):
    pass

print(math.floor(IntSub(5)), type(math.floor(IntSub(5))).__name__)

def show(f, v):
    try:
        print(f.__name__, repr(f(v)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

for bad in [math.inf, -math.inf, math.nan, 'x', None, [1], OnlyFloat()]:
    show(math.floor, bad)
    show(math.ceil, bad)
    show(math.trunc, bad)
