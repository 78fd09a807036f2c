# A dict becomes tracked when a container is stored in it and stays so until a full
# collection finds only atoms in it; copies are tracked as their original is.
import gc
gc.disable()
gc.collect()
d = {}
print(gc.is_tracked(d))
d["n"] = 1
print(gc.is_tracked(d))
d["l"] = []
print(gc.is_tracked(d))
del d["l"]
print("after removing the list:", gc.is_tracked(d))
gc.collect(1)
print("after a young collection:", gc.is_tracked(d))
gc.collect()
print("after a full collection:", gc.is_tracked(d))
e = {"k": [1]}
print("copy:", gc.is_tracked(e.copy()), gc.is_tracked(dict(e)), gc.is_tracked({**e}))
e["k"] = 0
print("value replaced:", gc.is_tracked(e), gc.is_tracked(e.copy()))
keyed = {}
keyed[(1, 2)] = "pair"
print("tuple key:", gc.is_tracked(keyed))
f = dict.fromkeys(["a", "b"], [])
print("fromkeys with a list:", gc.is_tracked(f))
g = dict(a=1, b="2")
print("keywords:", gc.is_tracked(g))
g.setdefault("c", {})
print("setdefault a dict:", gc.is_tracked(g))


class Obj:
    def __init__(self):
        self.a = 1


o = Obj()
print("instance dict:", gc.is_tracked(o.__dict__))
o.b = [2]
print("after storing a list:", gc.is_tracked(o.__dict__))
o2 = Obj()
o2.b = [2]
print("materialized with a list:", gc.is_tracked(o2.__dict__))
