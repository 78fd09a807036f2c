# Long churn through weak structures: values enter and leave a WeakValueDictionary, keys a
# WeakKeyDictionary, members a WeakSet, with callbacks and cycles; nothing may leak.
import gc
import weakref


class Item:
    def __init__(self, k):
        self.k = k


cache = weakref.WeakValueDictionary()
meta = weakref.WeakKeyDictionary()
live = weakref.WeakSet()
deaths = [0]


def died(ref):
    deaths[0] += 1


refs = []
keep = []
for i in range(3000):
    it = Item(i)
    cache[i] = it
    meta[it] = i * 2
    live.add(it)
    refs.append(weakref.ref(it, died))
    if i % 3 == 0:
        it.self = it          # a cycle: only the collector frees it
    if i % 100 == 0:
        keep.append(it)
    if i % 500 == 0:
        gc.collect()
del it
gc.collect()
print(len(cache), len(meta), len(live), deaths[0])
print(sorted(cache)[:5], sorted(meta.values())[:3])
keep.clear()
gc.collect()
print(len(cache), len(meta), len(live), deaths[0], sum(r() is None for r in refs))
