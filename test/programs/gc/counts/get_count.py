# get_count(): generation 0 counts container allocations minus deallocations since its last
# collection; generations 1 and 2 count the collections of the generation below.
import gc
gc.disable()
gc.collect()
print(gc.get_count())


class P:
    pass


objs = []
base = gc.get_count()[0]
for _ in range(10):
    objs.append(P())
print("ten instances:", gc.get_count()[0] - base)
objs.clear()

gc.collect(0)
print(gc.get_count())
gc.collect(0)
gc.collect(0)
print(gc.get_count())
gc.collect(1)
print(gc.get_count())
gc.collect()
print(gc.get_count())
