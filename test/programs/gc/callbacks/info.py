# gc.callbacks: each is called with ("start", info) before and ("stop", info) after every
# collection; info holds the generation and, at "stop", what was collected.
import gc
gc.disable()
gc.collect()
seen = []


def watch(phase, info):
    seen.append((phase, info["generation"], info["collected"], info["uncollectable"]))


def keys(phase, info):
    if phase == "start":
        print("keys:", list(info))


gc.callbacks.append(watch)
gc.callbacks.append(keys)
l = []
l.append(l)
del l
gc.collect(0)
d = {}
d[0] = d
e = []
e.append(e)
del d, e
print("returned", gc.collect())
gc.collect(1)
gc.callbacks.remove(keys)
for s in seen:
    print(s)
gc.callbacks.clear()
gc.collect()
print(len(seen))
print(type(gc.callbacks).__name__, gc.callbacks)
