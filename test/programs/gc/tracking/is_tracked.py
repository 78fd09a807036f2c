# gc.is_tracked() answers as CPython 3.11: atoms never, containers yes, dicts only while they
# may hold a container, tuples until a collection finds them atomic.
import gc
gc.disable()
gc.collect()
print("atoms:", [gc.is_tracked(x) for x in (0, 1.5, "s", None, True, 2 ** 40)])
print("containers:", gc.is_tracked([]), gc.is_tracked(set()), gc.is_tracked(frozenset()))
print("empty tuple:", gc.is_tracked(()))
print("types:", gc.is_tracked(int), gc.is_tracked(object), gc.is_tracked(len))


class C:
    pass


def f():
    pass


print("class, instance, function:", gc.is_tracked(C), gc.is_tracked(C()), gc.is_tracked(f))
print("dicts:", gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}),
      gc.is_tracked({(1, 2): 3}), gc.is_tracked({1: {}}))
x = 3
t = (x, x + 1)
print("new tuple:", gc.is_tracked(t))
gc.collect()
print("after a collection:", gc.is_tracked(t))
t2 = (x, [x])
gc.collect()
print("tuple with a list:", gc.is_tracked(t2))
nested = ((x,), (x, "a"))
gc.collect()
print("nested atomic tuples:", gc.is_tracked(nested), gc.is_tracked(nested[0]))
try:
    gc.is_tracked()
except TypeError as e:
    print(e)
try:
    gc.is_tracked(1, 2)
except TypeError as e:
    print(e)
