# gc.get_referents(): what each container refers to, in CPython's traversal order (lists and
# tuples last item first, dicts value before key, str-keyed dicts values only).
import gc
print(gc.get_referents([1, "two", [3]]))
print(gc.get_referents((1, (2,), None)))
print(gc.get_referents({1: "one", "two": [2]}))
print(gc.get_referents({"a": 1, "b": [2]}))
print(sorted(gc.get_referents({1, 2, 3})))
print(gc.get_referents([1], (2,), {"k": 3}))
print(gc.get_referents(1, "s", 2.5, None))
print(gc.get_referents())


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, [2])
print(gc.get_referents(p))
p.__dict__
print(gc.get_referents(p))


class Pair:
    __slots__ = ("a", "b")


q = Pair()
q.a = "first"
q.b = ["second"]
print(gc.get_referents(q))
try:
    gc.get_referents(k=1)
except TypeError as e:
    print(e)
