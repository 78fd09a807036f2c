# Weak references to functions, classes, sets, frozensets, bound methods, builtin functions,
# generators' absence aside: each dies with its referent.
import gc
import weakref
gc.disable()


def func():
    return "f"


class Klass:
    def meth(self):
        return "m"


s = {1, 2}
fs = frozenset([3])
k = Klass()
bm = k.meth
targets = {"function": func, "class": Klass, "set": s, "frozenset": fs, "method": bm,
           "builtin": len, "instance": k}
refs = {name: weakref.ref(obj) for name, obj in targets.items()}
print(sorted(name for name, r in refs.items() if r() is targets[name]))
del targets
del func, s, fs, bm, k
print(sorted(name for name, r in refs.items() if r() is None))
del Klass
gc.collect()
print(sorted(name for name, r in refs.items() if r() is None))
print(refs["builtin"]() is len)


class WithDict:
    pass


w = WithDict()
print(w.__weakref__)
r = weakref.ref(w)
print(w.__weakref__ is r, "__weakref__" in WithDict.__dict__, "__weakref__" in WithDict.__dict__)


def numbers():
    yield 1
    yield 2


g = numbers()
rg = weakref.ref(g, lambda r: print("generator gone"))
print(next(g), rg() is g)
del g
print(rg())
