# fsum's errors: infinities of both signs, overflow of finite terms, bad items and iterables.
import math

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('inf-inf', lambda: math.fsum([math.inf, -math.inf]))
attempt('inf-inf later', lambda: math.fsum([1.0, math.inf, 2.0, -math.inf, 3.0]))
attempt('overflow', lambda: math.fsum([1e308, 1e308]))
attempt('overflow back', lambda: math.fsum([1.7e308, 1.7e308, -1.7e308]))
attempt('str item', lambda: math.fsum([1.0, 'a']))
attempt('not iterable', lambda: math.fsum(5))
attempt('no args', lambda: math.fsum())
attempt('two args', lambda: math.fsum([1], [2]))
attempt('keyword', lambda: math.fsum(seq=[1]))

def gen():
    yield 1.0
    yield 2.0
    raise KeyError('from the generator')

attempt('generator raises', lambda: math.fsum(gen()))

class F:
    def __float__(self):
        return 2.5

class Bad:
    def __float__(self):
        return 'nope'

attempt('__float__', lambda: math.fsum([F(), F(), 1]))
attempt('bad __float__', lambda: math.fsum([Bad()]))
