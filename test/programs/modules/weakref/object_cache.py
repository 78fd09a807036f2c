# A realistic cache of expensive objects keyed by name: entries vanish when nobody uses the
# object any more, a finalizer logs each release, and a registry tracks live instances.
import gc
import weakref


class Image:
    registry = weakref.WeakSet()
    loads = 0

    def __init__(self, name, size):
        self.name = name
        self.pixels = [0] * size
        Image.loads += 1
        Image.registry.add(self)
        weakref.finalize(self, Image.released, name)

    @staticmethod
    def released(name):
        print("  released", name)


class Cache:
    def __init__(self):
        self._items = weakref.WeakValueDictionary()
        self.hits = self.misses = 0

    def get(self, name, size=10):
        img = self._items.get(name)
        if img is None:
            self.misses += 1
            img = Image(name, size)
            self._items[name] = img
        else:
            self.hits += 1
        return img

    def names(self):
        return sorted(self._items)


cache = Cache()
logo = cache.get("logo")
icon = cache.get("icon", 4)
print("first:", cache.names(), len(Image.registry))
again = cache.get("logo")
print("same object:", again is logo, cache.hits, cache.misses)
del logo, again
print("after dropping logo:", cache.names())
icon.parent = icon             # a cycle keeps icon alive until the collector runs
del icon
print("icon in a cycle:", cache.names(), len(Image.registry))
gc.collect()
print("after collect:", cache.names(), len(Image.registry))
for n in ("a", "b", "a", "c", "b"):
    cache.get(n)
print("churn:", cache.hits, cache.misses, Image.loads, cache.names())
