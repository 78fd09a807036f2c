# gc.is_finalized(): true once the collector (or a dealloc) ran the object's finalizer.
import gc
gc.disable()
gc.collect()
held = []


class Lazarus:
    def __del__(self):
        held.append(self)


x = Lazarus()
x.me = x
print(gc.is_finalized(x))
del x
gc.collect()
print(len(held), gc.is_finalized(held[0]))
print(gc.is_finalized(1), gc.is_finalized([]), gc.is_finalized(Lazarus()))
held[0].me = None
held.clear()
print(gc.collect())
try:
    gc.is_finalized()
except TypeError as e:
    print(e)
