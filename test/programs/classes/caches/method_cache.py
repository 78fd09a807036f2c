# obj.method() call sites cache the method the class gives; instance attributes, class changes
# and subclasses must still be seen.


class A:
    def f(self):
        return "A.f"


class B(A):
    pass


def call_f(o):
    return o.f()


objs = [A(), B(), A()]
print([call_f(o) for o in objs])
# an instance attribute shadows the method
objs[0].f = lambda: "instance f"
print([call_f(o) for o in objs])
# redefining the method on the base class
A.f = lambda self: "new A.f"
print([call_f(o) for o in objs])
B.f = lambda self: "B.f"
print([call_f(o) for o in objs])
del B.f
print([call_f(o) for o in objs])
# a staticmethod and a classmethod on the same name
A.f = staticmethod(lambda: "static")
print(call_f(objs[1]))
A.f = classmethod(lambda cls: "class " + cls.__name__)
print(call_f(objs[1]))

# builtin methods through one site, on several types
def up(o):
    return o.upper()


print(up("abc"), up(b"abc"), up(bytearray(b"xy")))


class MyStr(str):
    def upper(self):
        return "MyStr.upper"


print(up(MyStr("q")), up("q"))

# method removed: AttributeError from the cached site
class C:
    def g(self):
        return 1


def call_g(o):
    return o.g()


c = C()
print(call_g(c))
del C.g
try:
    call_g(c)
except AttributeError as e:
    print("AttributeError:", e)
