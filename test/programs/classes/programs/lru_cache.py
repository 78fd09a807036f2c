# An LRU cache class built from a dict and a doubly linked list of node objects: __getitem__,
# __setitem__, __delitem__, __contains__, __len__, __iter__ (most recent first), eviction
# callbacks, hit/miss statistics, and a memoizing decorator class that uses the cache.
class _Entry:
    __slots__ = ('key', 'value', 'prev', 'next')

    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.prev = None
        self.next = None


class LRUCache:
    def __init__(self, capacity, on_evict=None):
        if capacity < 1:
            raise ValueError('capacity must be at least 1')
        self.capacity = capacity
        self.on_evict = on_evict
        self.map = {}
        self.head = _Entry(None, None)
        self.tail = _Entry(None, None)
        self.head.next = self.tail
        self.tail.prev = self.head
        self.hits = 0
        self.misses = 0

    def _unlink(self, e):
        e.prev.next = e.next
        e.next.prev = e.prev

    def _push_front(self, e):
        e.next = self.head.next
        e.prev = self.head
        self.head.next.prev = e
        self.head.next = e

    def __getitem__(self, key):
        e = self.map.get(key)
        if e is None:
            self.misses += 1
            raise KeyError(key)
        self.hits += 1
        self._unlink(e)
        self._push_front(e)
        return e.value

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __setitem__(self, key, value):
        e = self.map.get(key)
        if e is not None:
            e.value = value
            self._unlink(e)
            self._push_front(e)
            return
        if len(self.map) >= self.capacity:
            old = self.tail.prev
            self._unlink(old)
            del self.map[old.key]
            if self.on_evict:
                self.on_evict(old.key, old.value)
        e = _Entry(key, value)
        self.map[key] = e
        self._push_front(e)

    def __delitem__(self, key):
        e = self.map.pop(key)
        self._unlink(e)

    def __contains__(self, key):
        return key in self.map

    def __len__(self):
        return len(self.map)

    def __iter__(self):
        keys = []
        e = self.head.next
        while e is not self.tail:
            keys.append(e.key)
            e = e.next
        return iter(keys)

    def __repr__(self):
        return 'LRUCache(' + ', '.join([repr(k) + ': ' + repr(self.map[k].value) for k in self]) + ')'


evicted = []
cache = LRUCache(3, on_evict=lambda k, v: evicted.append((k, v)))
cache['a'] = 1
cache['b'] = 2
cache['c'] = 3
print(cache, len(cache))
print(cache['a'], list(cache))
cache['d'] = 4
print(cache, evicted)
cache['c'] = 30
cache['e'] = 5
print(cache, evicted)
print('b' in cache, 'c' in cache, cache.get('b', 'gone'), cache.get('e'))
del cache['c']
print(cache, len(cache))
try:
    cache['zzz']
except KeyError as e:
    print('KeyError:', e)
try:
    del cache['zzz']
except KeyError as e:
    print('KeyError:', e)
print('hits', cache.hits, 'misses', cache.misses)
try:
    LRUCache(0)
except ValueError as e:
    print('ValueError:', e)


class memoize:
    def __init__(self, capacity):
        self.capacity = capacity

    def __call__(self, fn):
        cache = LRUCache(self.capacity)

        def wrapper(*args):
            if args in cache:
                return cache[args]
            result = fn(*args)
            cache[args] = result
            return result

        wrapper.cache = cache
        return wrapper


@memoize(64)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print(paths(10, 10), len(paths.cache), paths.cache.hits, paths.cache.misses)


@memoize(2)
def square(n):
    print('  computing', n)
    return n * n


for n in [2, 3, 2, 4, 3, 2]:
    print(n, '->', square(n))
print(list(square.cache))
