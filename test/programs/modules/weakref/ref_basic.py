# weakref.ref: calling it gives the referent while it lives and None after; the basic ref
# (no callback) is shared; the type's names.
import weakref


class Thing:
    def __init__(self, name):
        self.name = name


t = Thing("t")
r = weakref.ref(t)
print(r() is t, r().name, weakref.ref(t) is r)
r2 = weakref.ref(t, lambda ref: None)
print(r2 is r, r2() is t, weakref.getweakrefcount(t))
print(type(r).__name__, type(r).__module__, weakref.ref is weakref.ReferenceType)
print(type(r), weakref.ProxyType, weakref.CallableProxyType)
print(r.__callback__, r2.__callback__ is not None)
print(isinstance(r, weakref.ref), callable(r))
del t
print(r(), r2(), weakref.getweakrefcount(r))
try:
    r(1)
except TypeError as e:
    print(e)
try:
    weakref.ref()
except TypeError as e:
    print(e)
try:
    weakref.ref(Thing("x"), None, 3)
except TypeError as e:
    print(e)
try:
    weakref.ref(Thing("x"), callback=None)
except TypeError as e:
    print(e)
