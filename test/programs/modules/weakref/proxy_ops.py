# Proxies forward arithmetic (both sides, in-place), comparisons, unary operators, indexing
# assignment, iteration over an iterator and calls.
import weakref


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    __radd__ = __add__

    def __mul__(self, o):
        return Num(self.v * (o.v if isinstance(o, Num) else o))

    def __iadd__(self, o):
        self.v += o
        return self

    def __neg__(self):
        return Num(-self.v)

    def __abs__(self):
        return Num(abs(self.v))

    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, Num) else o)

    def __index__(self):
        return self.v

    def __repr__(self):
        return "Num(%d)" % self.v


n = Num(5)
p = weakref.proxy(n)
print(p + 1, 1 + p, p * 3, -p, abs(Num(-2)), p < 10, p < Num(1), [0, 1, 2, 3, 4, 5, 6][p])
q = p
q += 2
print(n.v, type(q).__name__)


class Counter:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i


ctr = Counter()
pc = weakref.proxy(ctr)
print(next(pc), list(pc))
store = {"a": 1}


class Box(dict):
    pass


b = Box(a=1)
pb = weakref.proxy(b)
pb["b"] = 2
del pb["a"]
print(sorted(b.items()), len(pb), "b" in pb)


class Adder:
    def __call__(self, x, y=0):
        return x + y


ad = Adder()
pa = weakref.proxy(ad)
print(type(pa).__name__, pa(1, y=2), callable(pa))
