# WeakValueDictionary: entries leave when their values die (by refcount or by the collector);
# the mapping API around that.
import gc
import weakref
gc.disable()


class Val:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Val(%d)" % self.n


d = weakref.WeakValueDictionary()
vals = [Val(i) for i in range(6)]
for v in vals:
    d["k%d" % v.n] = v
print(len(d), sorted(d), d["k3"], d.get("k9", "missing"))
del vals[0]
print(len(d), "k0" in d, sorted(d.keys()))
vals[1].me = vals[1]
del vals[1]
print("k2 before collect:", "k2" in d)
print("collected:", gc.collect())
print("k2 after collect:", "k2" in d, len(d))
try:
    d["k0"]
except KeyError as e:
    print("KeyError", e)
print(sorted((k, v.n) for k, v in d.items()))
print(sorted(v.n for v in d.values()))
print(len(d.valuerefs()), all(isinstance(r, weakref.ref) for r in d.itervaluerefs()))
print(d.pop("k3"), d.pop("zz", "default"))
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
x = Val(40)
print(d.setdefault("new", x) is x, d.setdefault("new", Val(41)).n)
d.update({"u": x}, w=x)
print(sorted(d))
c = d.copy()
print(type(c).__name__, sorted(c) == sorted(d))
del d["u"]
print("u" in d, "u" in c)
k, v = d.popitem()
print(type(k).__name__, isinstance(v, Val))
vals.clear()
del x, v
print(sorted(d), sorted(c))
print(repr(d).startswith("<WeakValueDictionary at 0x"))
