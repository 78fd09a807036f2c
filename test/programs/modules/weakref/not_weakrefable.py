# Objects that cannot be weakly referenced: atoms, builtin containers, subclasses of int and
# tuple, and classes whose __slots__ leave out '__weakref__'.
import weakref


class I(int):
    pass


class T(tuple):
    pass


class L(list):
    pass


class NoWeak:
    __slots__ = ("x",)


class WithWeak:
    __slots__ = ("x", "__weakref__")


class DictOnly:
    __slots__ = ("__dict__",)


for obj in (1, 2.5, "s", (1,), [1], {1: 2}, None, True, I(3), T(), L(), NoWeak(),
            WithWeak(), DictOnly(), set(), frozenset(), len, Thing if False else object):
    try:
        r = weakref.ref(obj)
        print("ok", type(obj).__name__)
    except TypeError as e:
        print(e)
try:
    class Bad(NoWeak):
        __slots__ = ("__weakref__", "__weakref__")
except TypeError as e:
    print(e)
try:
    class Bad2(I):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print(e)
w = WithWeak()
r = weakref.ref(w)
print(w.__weakref__ is r, WithWeak.__weakref__.__name__ if hasattr(WithWeak.__weakref__, "__name__") else "")
