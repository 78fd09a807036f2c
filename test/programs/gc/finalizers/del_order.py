# __del__ of objects in a garbage cycle run once each, before the cycle is broken (PEP 442),
# in the order the collector finds them; their attributes are still intact.
import gc
gc.disable()
gc.collect()
log = []


class Part:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        log.append((self.name, self.peer.name if self.peer else None))


a, b, c = Part("a"), Part("b"), Part("c")
a.peer, b.peer, c.peer = b, c, a
del a, b, c
print("found:", gc.collect())
print(log)
log.clear()

x = Part("x")
x.peer = x
y = Part("y")
y.peer = x
del x, y   # y is freed at once by refcounting; x waits for the collector
print(log)
print("found:", gc.collect())
print(log)
