# WeakSet: members leave when they die; set operations.
import gc
import weakref
gc.disable()


class M:
    def __init__(self, n):
        self.n = n


ms = [M(i) for i in range(5)]
s = weakref.WeakSet(ms[:3])
print(len(s), ms[0] in s, ms[4] in s, 1 in s)
s.add(ms[3])
s.add(ms[3])
print(len(s), sorted(m.n for m in s))
del ms[0]
print(len(s), sorted(m.n for m in s))
ms[0].me = ms[0]
ms.pop(0)
print("before collect:", len(s), "collected:", gc.collect(), "after:", len(s))
t = weakref.WeakSet([ms[0], ms[2]])
print(sorted(m.n for m in s | t), sorted(m.n for m in s & t), sorted(m.n for m in s - t))
print(t <= s, s >= t, s.issuperset(t), t.isdisjoint(s))
s.discard(ms[1])
s.discard(M(9))
print(sorted(m.n for m in s))
try:
    s.remove(M(9))
except KeyError:
    print("KeyError")
p = s.pop()
print(p.n, len(s))
for m in s:
    del ms[:]
    break
print("after deleting during iteration:", len(s))
s.clear()
print(len(s), s == weakref.WeakSet())
try:
    weakref.WeakSet().pop()
except KeyError as e:
    print("KeyError", e)
