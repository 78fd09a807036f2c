# Callbacks run when the referent dies, with the (now dead) ref, newest first; a ref that dies
# first never calls back; the basic ref and refs without callbacks are cleared silently.
import weakref


class Obj:
    pass


def make(tag):
    def cb(ref):
        print("callback", tag, ref() is None, ref is refs.get(tag))
    return cb


refs = {}
o = Obj()
plain = weakref.ref(o)
for tag in ("first", "second", "third"):
    refs[tag] = weakref.ref(o, make(tag))
doomed = weakref.ref(o, make("never"))
del doomed
print("count:", weakref.getweakrefcount(o))
del o
print("plain:", plain())
print([r.__callback__ is None for r in refs.values()])

o = Obj()
r = weakref.ref(o, lambda ref: print("lambda saw", ref))
r = None
del o
print("no callback when the ref died first")


def nested(ref):
    print("outer callback")
    inner = Obj()
    weakref.ref(inner, lambda r: print("inner callback"))
    del inner


o = Obj()
k = weakref.ref(o, nested)
del o
print("done")
