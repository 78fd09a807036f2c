# Order of __del__ and weakref callbacks: when refcounting frees an object its __del__ runs
# first, then the callbacks; when the collector frees a cycle, the callbacks come first.
import gc
import weakref
gc.disable()
gc.collect()
order = []


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        order.append("del " + self.name)


a = Tracked("a")
ra = weakref.ref(a, lambda r: order.append("callback a"))
del a
print("refcount:", order)
order.clear()

b = Tracked("b")
b.loop = b
rb = weakref.ref(b, lambda r: order.append("callback b"))
del b
gc.collect()
print("collector:", order)
order.clear()

c = Tracked("c")
holder = [c]
rc = weakref.ref(c, lambda r: order.append("callback c"))
del c
holder.clear()
print("via a list:", order)
