# Regression: freeing a deep chain of instances parks objects on the deallocation queue; a
# finalizer that reads weak references to objects of the chain must never get one that is
# already being freed (a weakref reads as dead once its object's deallocation has started).
import weakref

ran = [0]
seen_alive = [0]


class Link:
    def __init__(self, n):
        self.n = n
        self.next = None
        self.peer = None

    def __del__(self):
        ran[0] += 1
        if self.peer is not None:
            obj = self.peer()
            if obj is not None:
                seen_alive[0] += 1
                assert obj.n >= 0


head = Link(0)
cur = head
links = [weakref.ref(head)]
for i in range(1, 5000):
    nxt = Link(i)
    cur.next = nxt
    cur = nxt
    links.append(weakref.ref(nxt))
for i, r in enumerate(links):
    r().peer = links[(i * 7 + 3) % len(links)]
del cur, nxt
head = None
print("finalizers run:", ran[0])
print("all weakrefs dead:", all(r() is None for r in links))
print("peers seen alive at most once each:", seen_alive[0] <= 5000)
