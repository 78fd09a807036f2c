# Instance methods and __init__: self binding, calling through the class with an explicit
# instance, methods calling other methods, default arguments, keyword arguments, returning self.
class Point:
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def move(self, dx, dy=0):
        self.x += dx
        self.y += dy
        return self

    def dist2(self, other):
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2

    def describe(self):
        return 'Point(' + str(self.x) + ', ' + str(self.y) + ')'

    def far_from_origin(self, limit):
        return self.dist2(Point()) > limit * limit


p = Point(1, 2)
q = Point(y=5)
print(p.describe(), q.describe())
print(p.dist2(q), q.dist2(p))

# Chaining: move returns self.
print(p.move(1).move(2, 3).describe())
print(p.move(dy=-1, dx=-1).describe())

# Calling the function through the class passes the instance explicitly.
print(Point.describe(q))
Point.move(q, 10, 10)
print(q.describe())

# A method that calls another method and constructs new instances.
print(p.far_from_origin(3), p.far_from_origin(5))

# __init__ can be called again explicitly; it just runs the function.
p.__init__(9, 9)
print(p.describe())

# A method stored in a variable stays bound to its instance.
d = q.describe
q.x = -4
print(d())

# Methods can take *args and **kwargs.
class Recorder:
    def __init__(self):
        self.calls = []

    def record(self, *args, **kwargs):
        self.calls.append((args, sorted(kwargs.items())))
        return len(self.calls)

r = Recorder()
print(r.record(), r.record(1, 2), r.record(a=1, b=2), r.record(3, z=0))
for c in r.calls:
    print(c)

# self is only a convention: any first parameter name works.
class Odd:
    def __init__(this, v):
        this.v = v

    def get(me):
        return me.v

print(Odd(42).get())

# A class with no __init__ takes no arguments; instances are distinct objects.
class Empty:
    pass

e1 = Empty()
e2 = Empty()
print(e1 is e2, e1 == e2, e1 != e2, type(e1).__name__)
