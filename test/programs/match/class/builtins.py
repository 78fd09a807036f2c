# The builtin types bool, dict, float, frozenset, int, list, set, str and tuple match their single
# positional sub-pattern against the whole subject ("self-matching"), and so do their subclasses,
# unless a subclass defines __match_args__.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0 | 1 as bit):
            return f"bit {bit}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str("" as empty):
            return f"empty str {empty!r}"
        case str(s):
            return f"str {s!r}"
        case list([]):
            return "empty list"
        case list([x, *_]):
            return f"list starting with {x}"
        case tuple((a, b)):
            return f"pair {a},{b}"
        case tuple(t):
            return f"tuple of {len(t)}"
        case dict({"k": val}):
            return f"dict with k={val}"
        case dict(d):
            return f"dict of {len(d)}"
        case set(s) | frozenset(s):
            return f"{type(s).__name__} of {len(s)}"
    return f"other {type(v).__name__}"

for v in [True, False, 0, 1, 7, -3, 2.5, "", "txt", [], [9, 8], (1, 2), (1, 2, 3), {"k": 4},
          {}, {1}, frozenset([1, 2]), None, range(2)]:
    print(repr(v), "->", kind(v))

# Keyword sub-patterns on builtins read attributes.
match 10:
    case int(bit_length=bl):
        print("int attribute read:", bl())
match "abc":
    case str(upper=u):
        print("bound method found:", u())

class Celsius(float):
    pass

class Row(list):
    __match_args__ = ("copy",)

match Celsius(21.5):
    case float(c):
        print("float subclass self-matches:", c, type(c).__name__)
match Celsius(3.0):
    case Celsius(c):
        print("Celsius(c):", c)

# Row defines __match_args__, so Row(x) reads Row.copy (a method) instead of the subject.
match Row([1, 2]):
    case Row(c):
        print("Row(c) gives the copy method:", c(), type(c()).__name__)
    case _:
        print("no")
match Row([3]):
    case list(s):
        print("list(s) still self-matches:", s, type(s).__name__)

# bool is a subclass of int, but int is not bool.
for v in [True, 1]:
    match v:
        case bool():
            print(repr(v), "is a bool")
        case int():
            print(repr(v), "is an int only")

# Self-matching types accept one positional sub-pattern only.
try:
    match 5:
        case int(a, b):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match {}:
        case dict(a, b, c):
            pass
except TypeError as e:
    print(type(e).__name__, e)
