# getweakrefcount/getweakrefs: every weak reference and proxy to an object, in CPython's list
# order (basic ref, basic proxy, then the others newest first).
import weakref


class C:
    def __call__(self):
        return "called"


c = C()
print(weakref.getweakrefcount(c), weakref.getweakrefs(c))
r1 = weakref.ref(c, lambda r: None)
r2 = weakref.ref(c, lambda r: None)
basic = weakref.ref(c)
px = weakref.proxy(c)
r3 = weakref.ref(c, lambda r: None)
refs = weakref.getweakrefs(c)
names = {id(basic): "basic", id(px): "proxy", id(r1): "r1", id(r2): "r2", id(r3): "r3"}
print(weakref.getweakrefcount(c), [names[id(r)] for r in refs])
del r2
print([names[id(r)] for r in weakref.getweakrefs(c)])
print(weakref.getweakrefcount(1), weakref.getweakrefs("x"))
print(px(), type(px).__name__)
del c
print(weakref.getweakrefs(basic) == [], basic())
