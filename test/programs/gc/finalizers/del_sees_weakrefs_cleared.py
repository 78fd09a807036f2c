# Weak references to garbage are cleared and their callbacks called before any __del__ runs,
# so a finalizer never finds its cycle through a weakref.
import gc
import weakref
gc.disable()
gc.collect()
events = []


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        events.append(("del", self.name, wr() is None))


r = Res("r")
r.cycle = r
wr = weakref.ref(r, lambda ref: events.append(("callback", ref() is None)))
del r
print("found:", gc.collect())
for e in events:
    print(e)
