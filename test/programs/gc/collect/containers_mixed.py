# What hangs off a cycle is collected with it; dicts of atomic values and tuples are counted
# only when CPython's collector would track them.
import gc
gc.disable()
gc.collect()

root = []
root.append(root)
root.append({"n": 1, "s": "x"})      # atomic dict: untracked in CPython, not counted
del root
print("list + atomic dict:", gc.collect())

root = []
root.append(root)
root.append({"inner": []})           # dict holding a list: tracked
del root
print("list + dict of list:", gc.collect())

root = []
root.append(root)
root.append((1, 2, 3))               # a new tuple is tracked until a collection untracks it
del root
print("list + tuple:", gc.collect())

root = []
root.append(root)
root.append(set([1, 2]))
root.append(frozenset([3]))
del root
print("list + sets:", gc.collect())

root = {}
root["self"] = root
root["rows"] = [[i] for i in range(10)]
del root
print("dict + 11 lists:", gc.collect())

t = ([],)
t[0].append(t)
del t
print("tuple <-> list:", gc.collect())

s = set()


class Holder:
    pass


h = Holder()
h.s = s
s.add(h)
del h, s
print("set <-> instance:", gc.collect())
