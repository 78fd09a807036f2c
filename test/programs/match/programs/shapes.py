# Dataclass-like classes with __match_args__, __eq__ and __repr__ written by hand, and geometry
# dispatched by class patterns.
class Record:
    __match_args__ = ()
    def __init__(self, *args, **kwargs):
        names = type(self).__match_args__
        if len(args) > len(names):
            raise TypeError(f"{type(self).__name__} takes {len(names)} arguments")
        for name, value in zip(names, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)
    def __repr__(self):
        fields = ", ".join(f"{n}={getattr(self, n)!r}" for n in type(self).__match_args__)
        return f"{type(self).__name__}({fields})"
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in type(self).__match_args__)

class Point(Record):
    __match_args__ = ("x", "y")

class Circle(Record):
    __match_args__ = ("center", "radius")

class Rect(Record):
    __match_args__ = ("corner", "width", "height")

class Polygon(Record):
    __match_args__ = ("points",)

class Group(Record):
    __match_args__ = ("shapes",)

def area(shape):
    match shape:
        case Circle(_, r):
            return round(3.14159 * r * r, 2)
        case Rect(_, w, h):
            return w * h
        case Polygon([_, _]) | Polygon([_]) | Polygon([]):
            return 0
        case Polygon(points):
            s = 0
            for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]):
                s += x1 * y2 - x2 * y1
            return abs(s) / 2
        case Group(shapes):
            return sum(area(s) for s in shapes)
    raise TypeError(f"not a shape: {shape!r}")

def describe(shape):
    match shape:
        case Circle(Point(0, 0), r):
            return f"circle of radius {r} at the origin"
        case Circle(Point(x, y), radius=r) if r <= 0:
            return f"degenerate circle at {x},{y}"
        case Rect(Point(x, y), w, h) if w == h:
            return f"square {w}x{w} at {x},{y}"
        case Rect(corner=Point(x=0), width=w):
            return f"rect on the y axis, width {w}"
        case Rect():
            return "some rectangle"
        case Polygon([Point() | (_, _) as first, *_, last]) if first == last:
            return "closed polyline"
        case Polygon(pts):
            return f"polygon with {len(pts)} corners"
        case Group([]):
            return "empty group"
        case Group([single]):
            return f"group of one: {describe(single)}"
        case Group([*items]):
            return f"group of {len(items)}"
        case _:
            return f"unknown {shape!r}"

shapes = [
    Circle(Point(0, 0), 2),
    Circle(Point(1, 1), 0),
    Circle(Point(1, 1), 1),
    Rect(Point(2, 3), 4, 4),
    Rect(Point(0, 5), 2, 7),
    Rect(Point(1, 5), 2, 7),
    Polygon([(0, 0), (4, 0), (4, 3)]),
    Polygon([(0, 0), (1, 1), (0, 0)]),
    Polygon([(0, 0)]),
    Group([]),
    Group([Rect(Point(0, 0), 1, 2)]),
    Group([Circle(Point(0, 0), 1), Rect(Point(9, 9), 3, 3)]),
]
for s in shapes:
    print(f"{describe(s):45} area={area(s)}")

print(Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1), Point(1, 2))
try:
    area("square")
except TypeError as e:
    print(type(e).__name__, e)

# A class pattern matched against a value pattern inside: Point constants.
class Corners:
    ORIGIN = Point(0, 0)

match Rect(Point(0, 0), 1, 1):
    case Rect(Corners.ORIGIN, w, h):
        print("rect anchored at the origin", w, h)
