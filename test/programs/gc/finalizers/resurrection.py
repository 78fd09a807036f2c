# A finalizer that stores its object somewhere resurrects it and the whole cycle: the
# collector then frees nothing of it. The finalizer never runs a second time.
import gc
gc.disable()
gc.collect()
saved = []


class Phoenix:
    def __init__(self, n):
        self.n = n
        self.friend = None

    def __del__(self):
        print("del", self.n)
        saved.append(self)


p, q = Phoenix(1), Phoenix(2)
p.friend, q.friend = q, p
del p, q
print("found:", gc.collect())
print("saved:", sorted(o.n for o in saved), gc.is_finalized(saved[0]))
print("is the pair intact?", saved[0].friend.friend is saved[0])
saved.clear()
print("found again:", gc.collect())


class Once:
    def __del__(self):
        print("Once.__del__")
        keep.append(self)


keep = []
o = Once()
del o
print("kept:", len(keep), gc.is_finalized(keep[0]))
keep.clear()
print("after clear:", gc.collect())
