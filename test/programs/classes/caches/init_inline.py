# Calling a class with a Python __init__: the instance, __init__'s return value, errors inside
# __init__ and the classes whose calls take other paths.
import gc


class A:
    def __init__(self, x, y):
        self.x = x
        self.y = y


print(vars(A(1, 2)))


class NoneReturn:
    def __init__(self):
        return None


print(type(NoneReturn()).__name__)


class BadReturn:
    def __init__(self):
        return 0


try:
    BadReturn()
except TypeError as e:
    print("TypeError:", e)


class Raises:
    def __init__(self, v):
        self.v = v
        raise ValueError(v)


try:
    Raises("boom")
except ValueError as e:
    print("ValueError:", e)


# wrong argument counts take the general path and give CPython's messages
try:
    A(1)
except TypeError as e:
    print("TypeError:", e)
try:
    A(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    A(1, y=2, z=3)
except TypeError as e:
    print("TypeError:", e)
print(vars(A(1, y=5)))


class Defaults:
    def __init__(self, a, b=10, *rest):
        self.t = (a, b, rest)


print(Defaults(1).t, Defaults(1, 2, 3, 4).t)


class WithNew:
    def __new__(cls, *args):
        print("__new__", args)
        return super().__new__(cls)

    def __init__(self, v):
        print("__init__", v)


WithNew(3)


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", args)
        return super().__call__(*args)


class M(metaclass=Meta):
    def __init__(self, v):
        self.v = v


print(M(4).v)


class OtherNew:
    def __new__(cls, v):
        return 42

    def __init__(self, v):
        print("never runs")


print(OtherNew(1))


class GenInit:
    def __init__(self):
        yield 1


try:
    GenInit()
except TypeError as e:
    print("TypeError:", e)


class Base:
    def __init__(self, n):
        self.n = n


class Sub(Base):
    pass


print(Sub(6).n)


class Collecting:
    def __init__(self):
        gc.collect()
        self.ok = True


print(Collecting().ok)


class Chain:
    def __init__(self, depth):
        self.child = Chain(depth - 1) if depth else None


c = Chain(50)
n = 0
while c:
    n += 1
    c = c.child
print(n)


# a closure over self inside __init__ (a cell in the frame)
class Cell:
    def __init__(self, v):
        self.get = lambda: self.v
        self.v = v


print(Cell(8).get())


class Subint(int):
    def __init__(self, v):
        self.doubled = v * 2


print(Subint(5), Subint(5).doubled)


class Exc(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


try:
    raise Exc("bad", 7)
except Exc as e:
    print(e, e.code)

BadReturn()
