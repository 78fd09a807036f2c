# __slots__ members read and written through cached sites.


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class P3(P):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def total(o):
    return o.x + o.y


def bump(o):
    o.x = o.x + 1


pts = [P(i, i * 2) for i in range(4)] + [P3(1, 2, 3)]
print([total(p) for p in pts])
for p in pts:
    bump(p)
print([p.x for p in pts])

# an unset slot raises AttributeError with CPython's message, also after the site is cached
e = P.__new__(P)
e.x = 5
try:
    print(total(e))
except AttributeError as exc:
    print("AttributeError:", exc)
del e.x
try:
    bump(e)
except AttributeError as exc:
    print("AttributeError:", exc)

# the member descriptor replaced on the class
P.x = property(lambda self: 100)
print(total(pts[0]))
try:
    bump(pts[0])
except AttributeError as exc:
    print("AttributeError:", exc)


class Holder:
    __slots__ = ("v",)


h = Holder()
# values replaced in a slot are released when overwritten
class Loud:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def put(o, v):
    o.v = v


for i in range(3):
    put(h, Loud(i))
print("end")
