# The collector and weak references: refs to garbage are cleared and their callbacks called
# before any finalizer; a ref that is garbage itself never calls back; refs freed by their own
# callbacks count as collected.
import gc
import weakref
gc.disable()
gc.collect()
log = []


class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append("del " + self.name)


a = N("a")
b = N("b")
a.other, b.other = b, a
ra = weakref.ref(a, lambda r: log.append("cb a"))
rb = weakref.ref(b, lambda r: log.append("cb b"))
del a, b
print("found:", gc.collect())
print(log)
log.clear()

c = N("c")
c.self = c
c.myref = weakref.ref(c, lambda r: log.append("cb c (never)"))
del c
print("found:", gc.collect())
print(log)
log.clear()

holder = {}
d = N("d")
d.self = d
holder["r"] = weakref.ref(d, lambda r: holder.clear())
del d
print("found:", gc.collect(), holder)
print(log)
