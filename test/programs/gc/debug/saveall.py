# DEBUG_SAVEALL: what a collection finds goes to gc.garbage instead of being freed (still
# counted as collected); clearing gc.garbage and collecting again frees it.
import gc
gc.disable()
gc.collect()
print(gc.get_debug(), gc.garbage)
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)


class Thing:
    def __init__(self, n):
        self.n = n


a = Thing(1)
a.me = a
b = []
b.append(b)
b.append({"k": b})
del a, b
print("found:", gc.collect())
print(sorted(type(o).__name__ for o in gc.garbage))
t = [o for o in gc.garbage if isinstance(o, Thing)][0]
print(t.n, t.me is t)
del t
gc.set_debug(0)
print("nothing new:", gc.collect())
gc.garbage.clear()
print("freed now:", gc.collect())
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.set_debug(gc.DEBUG_LEAK)
print(gc.get_debug() & gc.DEBUG_SAVEALL == gc.DEBUG_SAVEALL)
gc.set_debug(0)
try:
    gc.set_debug("x")
except TypeError as e:
    print(e)
try:
    gc.set_debug()
except TypeError as e:
    print(e)
