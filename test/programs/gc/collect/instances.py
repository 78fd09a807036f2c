# Cycles through class instances: CPython 3.11 keeps attributes inline (no dict object) until
# __dict__ is asked for, so an instance cycle counts its instances only.
import gc
gc.disable()
gc.collect()


class Node:
    def __init__(self, name):
        self.name = name
        self.next = None


a = Node("a")
a.next = a
del a
print("instance -> itself:", gc.collect())

a, b = Node("a"), Node("b")
a.next, b.next = b, a
del a, b
print("two instances:", gc.collect())

a = Node("a")
a.next = a
a.__dict__  # now a real dict exists, holding a container: it counts
del a
print("after __dict__:", gc.collect())

a = Node("a")
a.next = a
print(sorted(vars(a)))
del a
print("after vars():", gc.collect())

a = Node("a")
a.next = [a, {"x": 1}, {"y": [a]}]
del a
print("instance, list, tracked dict:", gc.collect())

chain = [Node(i) for i in range(10)]
for i in range(10):
    chain[i].next = chain[(i + 1) % 10]
del chain
print("ring of ten:", gc.collect())


class Slotted:
    __slots__ = ("other", "tag")


s, t = Slotted(), Slotted()
s.other, t.other = t, s
s.tag = "s"
del s, t
print("slotted pair:", gc.collect())
