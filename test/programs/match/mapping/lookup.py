# How a mapping pattern looks its keys up: through the subject's own `get(key, default)`, so a
# dict subclass's __missing__ is never called and __getitem__ is not used.
class Defaulting(dict):
    def __missing__(self, key):
        print("  __missing__", key)
        self[key] = 0
        return 0

d = Defaulting(a=1)
match d:
    case {"a": a, "b": b}:
        print("matched with b =", b)
    case {"a": a}:
        print("only a:", a, "- dict is still", d)

class Tracing(dict):
    def __getitem__(self, key):
        print("  __getitem__", key)
        return super().__getitem__(key)
    def get(self, key, default=None):
        print("  get", key, "default is None:", default is None)
        return super().get(key, default)

match Tracing(x=1, y=2):
    case {"x": 1, "y": y}:
        print("tracing matched y =", y)

match Tracing(x=1):
    case {"x": 1, "y": y}:
        print("unexpected")
    case {"x": x}:
        print("second case x =", x)

# A `get` that lies decides the match.
class Liar(dict):
    def get(self, key, default=None):
        return "always"

match Liar():
    case {"anything": v, "else": w}:
        print("liar says", v, w)

# The default object passed to `get` is a sentinel: returning it means "missing".
class Echo(dict):
    def get(self, key, default=None):
        return default

match Echo(k=1):
    case {"k": v}:
        print("echo matched?!")
    case _:
        print("echo returns the sentinel: no match")

# Errors from `get` propagate.
class Broken(dict):
    def get(self, key, default=None):
        raise KeyError("broken get for " + repr(key))

try:
    match Broken(a=1):
        case {"a": 1}:
            print("unreachable")
except KeyError as e:
    print(type(e).__name__, e)

# An unhashable key (from a value pattern) raises TypeError; so does a key given twice at run time.
class Keys:
    LIST = [1]
    ONE = 1
    UNO = 1

try:
    match {1: "x"}:
        case {Keys.LIST: _}:
            pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    match {1: "x"}:
        case {Keys.ONE: _, Keys.UNO: _}:
            pass
except ValueError as e:
    print(type(e).__name__, e)

# The duplicate-key check uses equality: 1 and 1.0 and True are the same key.
class Mixed:
    I = 1
    F = 1.0
try:
    match {1: "a"}:
        case {Mixed.I: _, Mixed.F: _}:
            pass
except ValueError as e:
    print(type(e).__name__, e)

# The length check comes first: a mapping with fewer items than keys never calls `get`.
match Tracing(x=1):
    case {"x": 1, "y": 2, "z": 3}:
        print("unexpected")
    case _:
        print("too short: no get calls")
