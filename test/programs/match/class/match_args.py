# Class patterns: isinstance check, then attributes by __match_args__ (positional) or by name.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class Labeled(Point):
    pass  # inherits Point's __match_args__

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, 0):
            return f"flat 3d at {x},{y}"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point(x, y=yy):
            return f"somewhere {x},{yy}"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7), Point3(1, 2, 0),
          Point3(0, 0, 9), Labeled(4, 0), (0, 0), None]:
    print(p, "->", where(p))

# Keyword sub-patterns work without __match_args__; a missing attribute just fails the match.
class Plain:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

def plain(o):
    match o:
        case Plain(kind="a", value=v):
            return f"a:{v}"
        case Plain(kind="b"):
            return "b"
        case Plain():
            return "some Plain"
    return "no"

print(plain(Plain(kind="a", value=1)), plain(Plain(kind="a")), plain(Plain(kind="b")),
      plain(Plain()), plain(1))

# Properties are read like any attribute; AttributeError from one means "no match", other errors
# propagate.
class Temp:
    __match_args__ = ("celsius", "fahrenheit")
    def __init__(self, c):
        self.celsius = c
    @property
    def fahrenheit(self):
        if self.celsius is None:
            raise AttributeError("no reading")
        if self.celsius < -273:
            raise ValueError("below absolute zero")
        return self.celsius * 9 / 5 + 32

def read(t):
    match t:
        case Temp(c, f) if f > 90:
            return f"hot {c}C = {f}F"
        case Temp(c, f):
            return f"{c}C = {f}F"
        case Temp():
            return "Temp without a reading"

print(read(Temp(40)), "|", read(Temp(10)), "|", read(Temp(None)))
try:
    read(Temp(-300))
except ValueError as e:
    print(type(e).__name__, e)

# __match_args__ may be shorter than the attributes, and is read from the class, not the instance.
class Pair:
    __match_args__ = ("left",)
    def __init__(self, left, right):
        self.left = left
        self.right = right
        self.__match_args__ = ("right", "left")  # ignored: patterns read type(obj).__match_args__

match Pair("L", "R"):
    case Pair(side, right=r):
        print("first positional is", side, "and right is", r)

# Attribute reads happen in pattern order, positional first, and stop at the first failure.
class Spy:
    __match_args__ = ("a", "b", "c")
    def __getattr__(self, name):
        print("  getattr", name)
        if name == "b":
            return 2
        if name in ("a", "c", "d"):
            return name.upper()
        raise AttributeError(name)

match Spy():
    case Spy("A", 2, d="D"):
        print("spy matched")
match Spy():
    case Spy("A", 3, "C"):
        print("no")
    case Spy(_, _, e=_):
        print("no")
    case _:
        print("spy: no match")

# Subclass instances match a base-class pattern; isinstance with a parent tuple is not allowed,
# but an or-pattern is.
class Animal: pass
class Dog(Animal): pass
class Cat(Animal): pass

for a in [Dog(), Cat(), Animal(), "rex"]:
    match a:
        case Dog() | Cat() as pet:
            print("pet", type(pet).__name__)
        case Animal():
            print("some animal")
        case _:
            print("not an animal")
