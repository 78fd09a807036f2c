# object.__reduce_ex__ / __reduce__ / __getstate__, CPython 3.11's default pickling protocol:
# copyreg.__newobj__ with __getnewargs__ / __getnewargs_ex__ arguments, the instance dict and
# __slots__ values as state, list and dict items iterators, a class's own __reduce__ winning,
# copyreg._reduce_ex for protocols 0 and 1.
import copyreg

class P:
    def __init__(self):
        self.a = 1
class S:
    __slots__ = ('x', 'y_')
    def __init__(self):
        self.x = 1
        self.y_ = 2
class L(list):
    pass
class D(dict):
    pass
class GA:
    def __getnewargs__(self):
        return (1, 2)
    def __new__(cls, *a):
        return object.__new__(cls)
class GE:
    def __getnewargs_ex__(self):
        return ((1,), {'k': 2})
    def __new__(cls, *a, **k):
        return object.__new__(cls)
class R:
    def __reduce__(self):
        return 'custom'
class BadArgs:
    def __getnewargs__(self):
        return [1]

def name(x):
    return getattr(x, '__name__', x) if callable(x) else x

def show(label, f):
    try:
        r = f()
        print(label, tuple(name(x) for x in r) if isinstance(r, tuple) else r)
    except Exception as e:
        print(label, type(e).__name__, e)

p = P()
show('P 2', lambda: p.__reduce_ex__(2))
show('P 0', lambda: p.__reduce_ex__(0))
show('P reduce', lambda: p.__reduce__())
s = S()
show('S 2', lambda: s.__reduce_ex__(2))
show('S state', lambda: s.__getstate__())
show('S 1', lambda: s.__reduce_ex__(1))
l = L([1, 2])
l.tag = 't'
r = l.__reduce_ex__(2)
print(r[0].__name__, r[1], r[2], list(r[3]), r[4])
d = D(a=1)
r = d.__reduce_ex__(3)
print(r[0].__name__, r[1], r[2], r[3], list(r[4]))
show('GA', lambda: GA().__reduce_ex__(2))
show('GE', lambda: GE().__reduce_ex__(4))
show('R', lambda: R().__reduce_ex__(2))
show('object', lambda: object().__reduce_ex__(2))
show('BadArgs', lambda: BadArgs().__reduce_ex__(2))
show('P state', lambda: P().__getstate__())
show('object state', lambda: object().__getstate__())
show('no proto', lambda: p.__reduce_ex__())
show('str proto', lambda: p.__reduce_ex__('2'))

# a copy through the reduce protocol, as copy.copy does for plain instances
def copy_via_reduce(obj):
    func, args, state, *rest = obj.__reduce_ex__(4)
    new = func(*args)
    if state:
        if isinstance(state, tuple):
            state, slots = state
            for k, v in slots.items():
                setattr(new, k, v)
        if state:
            new.__dict__.update(state)
    return new

q = copy_via_reduce(p)
print(type(q).__name__, q.__dict__, q is not p)
t = copy_via_reduce(s)
print(type(t).__name__, t.x, t.y_)
print(copyreg._slotnames(S), copyreg.__newobj__(P).__class__.__name__)
