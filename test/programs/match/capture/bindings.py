# Capture patterns bind names in the enclosing scope: module globals, function locals, closures,
# class bodies; `_` never binds.
match [1, 2, 3]:
    case [first, *middle, last]:
        print("module level:", first, middle, last)
def read_globals():
    return first, middle, last
print("read back from a function:", read_globals())

def local_scope(data):
    match data:
        case (x, y):
            pass
    return x * 10 + y

print("locals:", local_scope((1, 2)))
try:
    print(x)
except NameError as e:
    print("still global-free:", e)

def closure(data):
    match data:
        case {"name": name, "age": age}:
            def show():
                return f"{name} is {age}"
            return show
    return None

print(closure({"name": "Ada", "age": 36, "extra": True})())

class Config:
    match ("debug", 3):
        case (mode, level):
            pass

print("class attrs:", Config.mode, Config.level)

def counter():
    total = 0
    def add(item):
        nonlocal total
        match item:
            case int(total):
                pass
            case _:
                pass
        return total
    return add

add = counter()
print("nonlocal capture:", add(5), add("x"), add(7))

# `_` is a wildcard, not a name: it never binds and never reads.
_ = "untouched"
match 99:
    case _:
        print("wildcard matched, _ is still", repr(_))

# A capture on the last case matches anything, including None.
def catch_all(v):
    match v:
        case 0:
            return "zero"
        case other:
            return f"other={other!r}"

print(catch_all(0), catch_all(None), catch_all([]))

# Names are captured by a full match only; the previous values survive a failed case.
x = y = "before"
match (1, 2, 3):
    case (x, y):
        print("2-tuple?")
    case _:
        pass
print("after failed 2-tuple case:", x, y)
