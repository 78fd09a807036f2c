# prod(iterable, *, start=1): repeated *, whatever the items are.
import math

print(math.prod([]), math.prod([5]), math.prod([1, 2, 3, 4]), math.prod(range(1, 11)))
print(math.prod([2.5, 4]), math.prod([1, 2], start=0.5), math.prod([], start=7), math.prod((0.1, 0.1, 0.1)))
print(math.prod([True, True, 3]), math.prod([-1] * 7), math.prod(x for x in [2, 3]), math.prod({3: 'a', 4: 'b'}))
print(math.prod(['ab'], start=3), math.prod([3, 'x']), math.prod([[1, 2]], start=2), math.prod([], start=[]))
print(math.prod([2, 3], start=math.inf), math.prod([0, math.inf]), math.prod([1e200, 1e200]), math.prod([-0.0, 5]))

class M:
    def __init__(self, v): self.v = v
    def __mul__(self, o): return M(self.v * (o.v if isinstance(o, M) else o))
    def __rmul__(self, o): return M(o * self.v)
    def __repr__(self): return f'M({self.v})'

print(math.prod([M(2), M(3), 4]), math.prod([2, M(5)]))

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('none', lambda: math.prod())
attempt('two positional', lambda: math.prod([1], 2))
attempt('three', lambda: math.prod([1], 2, 3))
attempt('too many kw', lambda: math.prod([1], start=2, x=3))
attempt('bad kw', lambda: math.prod([1], foo=1))
attempt('iterable kw', lambda: math.prod(iterable=[1]))
attempt('not iterable', lambda: math.prod(3))
attempt('bad mul', lambda: math.prod([[1], [2]]))
attempt('str mul', lambda: math.prod(['a', 'b']))
