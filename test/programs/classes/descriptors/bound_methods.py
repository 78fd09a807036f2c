# Bound methods: __self__ and __func__, bound methods compare equal when they wrap the same
# function and the same instance, a fresh bound method each access, unbound access via the class.
class Counter:
    def __init__(self, n):
        self.n = n

    def inc(self, by=1):
        self.n += by
        return self.n

    def __eq__(self, other):
        return isinstance(other, Counter) and self.n == other.n

    __hash__ = None


a = Counter(0)
b = Counter(0)
m1 = a.inc
m2 = a.inc
print(type(m1).__name__, m1.__self__ is a, m1.__func__ is Counter.inc)
print(m1 is m2, m1 == m2)
print(a.inc == b.inc)
print(a.inc != b.inc)
print(m1(), m2(5), a.n)
print(m1.__func__(b, 7), b.n)

# Equality of bound methods uses identity of __self__ (3.8+), not __eq__ of the instance.
class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def __eq__(self, other):
        return True

    def __hash__(self):
        return 1


x = Box(1)
y = Box(2)
print(x == y, x.get == y.get, x.get == x.get)

# Accessing the function through the class gives the plain function.
f = Counter.inc
print(type(f).__name__, f.__name__, f.__qualname__)
print(f(a, 10), a.n)

# A bound method keeps its instance alive and works after the name is rebound.
c = Counter(100)
bound = c.inc
c = None
print(bound(), bound.__self__.n)

# Bound methods as callbacks in a list.
counters = [Counter(i) for i in range(3)]
callbacks = [cnt.inc for cnt in counters]
for cb in callbacks:
    cb(10)
print([cnt.n for cnt in counters])

# Method name and qualname via the bound method.
print(bound.__name__, bound.__qualname__)

# Bound method of a classmethod binds the class.
class K:
    @classmethod
    def make(cls):
        return cls.__name__


bm = K.make
print(type(bm).__name__, bm.__self__ is K, bm())
print(K.make == K.make, K().make == K.make)

# Bound builtin method equality.
lst = []
print(lst.append == lst.append, lst.append == [].append)

# Calling with the wrong number of arguments mentions the function's name.
try:
    a.inc(1, 2)
except TypeError as e:
    print('TypeError:', e)
