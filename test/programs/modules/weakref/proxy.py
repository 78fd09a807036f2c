# weakref.proxy: attribute access, operators, calls, len and iteration go to the referent;
# once it is gone every use raises ReferenceError.
import weakref


class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        return self.xs[i]

    def __add__(self, other):
        return Vec(*(a + b for a, b in zip(self.xs, other.xs)))

    def __eq__(self, other):
        return self.xs == other.xs

    def __iter__(self):
        return iter(self.xs)

    def __contains__(self, x):
        return x in self.xs

    def __repr__(self):
        return "Vec%r" % (tuple(self.xs),)

    def total(self):
        return sum(self.xs)


v = Vec(1, 2, 3)
p = weakref.proxy(v)
print(p.xs, p.total(), len(p), p[1], 2 in p, list(p), str(p))
print((p + v).xs, (v + p).xs, p == Vec(1, 2, 3), bool(p))
p.extra = "set through proxy"
print(v.extra)
del p.extra
print(hasattr(v, "extra"))
print(type(p).__name__, weakref.proxy(v) is p, weakref.getweakrefcount(v))
try:
    hash(p)
except TypeError as e:
    print(e)


def double(x):
    return 2 * x


cp = weakref.proxy(double)
print(type(cp).__name__, cp(21))
n = weakref.proxy(v, lambda ref: print("proxy callback", type(ref).__name__))
del v
for attempt in (lambda: p.xs, lambda: len(p), lambda: p + p, lambda: str(p)):
    try:
        attempt()
    except ReferenceError as e:
        print(type(e).__name__, e)
