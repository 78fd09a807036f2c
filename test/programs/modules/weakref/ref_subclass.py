# Subclasses of weakref.ref can carry data (like WeakValueDictionary's KeyedRef) and are never
# shared the way the basic ref is.
import weakref


class Tagged(weakref.ref):
    __slots__ = ("tag",)

    def __new__(cls, ob, tag, callback=None):
        self = super().__new__(cls, ob, callback)
        self.tag = tag
        return self

    def __init__(self, ob, tag, callback=None):
        super().__init__(ob, callback)


class Loose(weakref.ref):
    pass


class Obj:
    pass


o = Obj()
t1 = Tagged(o, "one")
t2 = Tagged(o, "two", lambda r: print("callback for", r.tag))
plain = weakref.ref(o)
print(t1() is o, t1.tag, t2.tag, t1 is t2, isinstance(t1, weakref.ref), type(t1).__name__)
print(t1 == t2, t1 == plain, hash(t1) == hash(plain))
lo = Loose(o)
lo.note = "attributes work"
print(lo.note, lo() is o, weakref.getweakrefcount(o))
print(sorted(type(r).__name__ for r in weakref.getweakrefs(o)))
del o
print(t1(), t2(), lo())
