# Value patterns: dotted names are looked up (not bound) and compared with ==.
class Color:
    RED = "red"
    GREEN = "green"
    class Shade:
        DARK = 1
        LIGHT = 2

class Status:
    OK = 200
    NOT_FOUND = 404

def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case Color.Shade.DARK | Color.Shade.LIGHT:
            return "shade"
        case _:
            return "?"

print([paint(c) for c in ["red", "green", 1, 2, 3, "blue"]])

# The lookup happens each time the case is tried: rebinding the attribute changes the match.
Color.RED = "crimson"
print(paint("red"), paint("crimson"))

# Module-level object attributes work too; a plain name would capture instead.
class Box:
    pass
limits = Box()
limits.low = 0
limits.high = 10

def clamp(v):
    match v:
        case limits.low:
            return "at low"
        case limits.high:
            return "at high"
        case n if n < limits.low:
            return "below"
        case n if n > limits.high:
            return "above"
        case n:
            return f"inside ({n})"

print([clamp(v) for v in [-5, 0, 3, 10, 12]])

# A failing lookup raises AttributeError when that case is reached.
def status(code):
    match code:
        case Status.OK:
            return "ok"
        case Status.GONE:
            return "gone"
    return "other"

print(status(200))
try:
    status(410)
except AttributeError as e:
    print(type(e).__name__, e)

# Value patterns compare with the subject on the left: subject.__eq__ runs first.
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        print("  Version.__eq__ with", other)
        return self.n == other
    __hash__ = object.__hash__

class Releases:
    CURRENT = 3

match Version(3):
    case Releases.CURRENT:
        print("current release")
