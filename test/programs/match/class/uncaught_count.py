# An uncaught TypeError from a class pattern: the traceback points at the pattern.
class Vector:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def norm1(v):
    match v:
        case Vector(x, y, z):
            return abs(x) + abs(y) + abs(z)
        case Vector(x, y):
            return abs(x) + abs(y)

print("start")
print(norm1(Vector(3, -4)))
