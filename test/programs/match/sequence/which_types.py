# Which objects sequence and mapping patterns accept: list/tuple/range and dict, their subclasses
# (through any base order), but not look-alikes that only implement __getitem__/__len__/keys.
class Mixin:
    def hello(self):
        return "hi"

class L(list): pass
class T(tuple): pass
class D(dict): pass
class ML(Mixin, L): pass
class MD(Mixin, D): pass
class Deep(ML): pass

class FakeSeq:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        if i < 2:
            return i
        raise IndexError(i)

class FakeMap:
    def keys(self):
        return ["a"]
    def __getitem__(self, k):
        return 1
    def __len__(self):
        return 1
    def get(self, k, default=None):
        return 1

def kind(x):
    match x:
        case {"a": _}:
            return "mapping with a"
        case {}:
            return "mapping"
        case [_, _]:
            return "sequence of 2"
        case [*_]:
            return "sequence"
        case object(__class__=cls):
            return f"neither ({cls.__name__})"

samples = [L([1, 2]), T((1,)), D(a=1), ML([1, 2, 3]), MD(), Deep([0, 0]), FakeSeq(), FakeMap(),
           "xy", {1, 2}, frozenset(), range(2), range(0), {"a": 0}.keys(), {"a": 0}.values(),
           iter([1, 2]), (i for i in range(2)), 3.5, None, type, L]
for s in samples:
    print(type(s).__name__, "->", kind(s))

print(Deep([1]).hello(), kind(Deep([1])))

# type() and object() as class patterns.
for v in [int, Mixin, 1, "s"]:
    match v:
        case type(__name__=name):
            print("a class named", name)
        case object():
            print("an instance of", type(v).__name__)
