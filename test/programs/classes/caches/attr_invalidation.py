# Attribute access sites keep inline caches keyed on the type; every way a program can change
# what an attribute means must show through a site that has already run.


class P:
    def __init__(self, x):
        self.x = x


def get_x(o):
    return o.x


def set_x(o, v):
    o.x = v


ps = [P(i) for i in range(5)]
print([get_x(p) for p in ps])

# a property added to the class later wins over the instance dict (data descriptor)
P.x = property(lambda self: "prop", lambda self, v: print("setter", v))
print([get_x(p) for p in ps[:2]])
set_x(ps[0], 99)
del P.x
print([get_x(p) for p in ps[:2]])

# a plain class attribute does not hide instance attributes; missing ones fall back to it
P.y = "class-y"


def get_y(o):
    return o.y


q = P(1)
print(get_y(q))
q.y = "inst-y"
print(get_y(q), get_y(P(2)))

# __getattribute__ / __getattr__ defined after the site ran
print(get_x(q))
P.__getattribute__ = lambda self, name: "ga:" + name
print(get_x(q), get_y(q))
del P.__getattribute__
print(get_x(q))
P.__getattr__ = lambda self, name: "fallback:" + name


def get_z(o):
    return o.z


print(get_z(q))
q.z = 5
print(get_z(q))
del P.__getattr__

# __setattr__ defined after the store site ran
set_x(q, 10)
P.__setattr__ = lambda self, name, v: print("setattr", name, v)
set_x(q, 11)
print(get_x(q))
del P.__setattr__
set_x(q, 12)
print(get_x(q))

# attribute dicts of different shapes through one site
class Q:
    pass


a, b = Q(), Q()
a.x = 1
b.w = 0
b.x = 2
for o in (a, b, a, b):
    print(get_x(o), end=" ")
print()
del b.w
print(get_x(b), get_x(a))
b.__dict__ = {"x": "replaced"}
print(get_x(b))
set_x(b, "set-again")
print(b.__dict__)

# deleting and re-adding moves the entry
del a.x
try:
    get_x(a)
except AttributeError as e:
    print("AttributeError:", e)
a.x = "back"
print(get_x(a))

# __class__ assignment switches the type the cache checks
class R:
    x = "R.x"


class S:
    x = "S.x"


r = R()
print(get_x(r))
r.__class__ = S
print(get_x(r))

# a new class with the same shape reuses nothing stale
for i in range(3):
    class T:
        def __init__(self):
            self.x = i
    print(get_x(T()), end=" ")
print()
