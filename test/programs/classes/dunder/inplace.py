# In-place operators: __iadd__ and friends mutate and return self, fallback to __add__ when
# there is no __iadd__ (rebinding a new object), in-place on attributes and subscripts, and an
# __iadd__ returning NotImplemented falling back to __add__.
class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __repr__(self):
        return 'Bag(' + repr(self.items) + ')'

    def __add__(self, other):
        print('  __add__')
        return Bag(self.items + other.items)

    def __iadd__(self, other):
        print('  __iadd__')
        self.items.extend(other.items)
        return self

    def __isub__(self, other):
        print('  __isub__')
        for x in other.items:
            if x in self.items:
                self.items.remove(x)
        return self

    def __imul__(self, n):
        self.items = self.items * n
        return self

    def __ior__(self, other):
        for x in other.items:
            if x not in self.items:
                self.items.append(x)
        return self


a = Bag([1, 2])
alias = a
a += Bag([3])
print(a, alias is a)
a -= Bag([1, 9])
print(a, alias is a)
a *= 2
print(a)
a |= Bag([2, 5, 5])
print(a, alias is a)
c = a + Bag([0])
print(c, c is a)


class Frozen:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Frozen(self.v + o)

    def __repr__(self):
        return 'Frozen(' + str(self.v) + ')'


f = Frozen(1)
orig = f
f += 10
print(f, orig, f is orig)


# __iadd__ returning NotImplemented falls back to __add__, then __radd__.
class Picky:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, o):
        print('  Picky.__iadd__', type(o).__name__)
        if isinstance(o, int):
            self.v += o
            return self
        return NotImplemented

    def __add__(self, o):
        print('  Picky.__add__', type(o).__name__)
        if isinstance(o, float):
            return Picky(self.v + int(o))
        return NotImplemented


class Helper:
    def __radd__(self, o):
        print('  Helper.__radd__')
        return 'helper result'


p = Picky(1)
p += 5
print(p.v)
p += 2.9
print(p.v)
p += Helper()
print(p)
q = Picky(0)
try:
    q += 'str'
except TypeError as e:
    print('TypeError:', e)

# In-place on attributes and subscripts calls __iadd__ then stores the result back.
class Holder:
    pass


h = Holder()
h.bag = Bag(['x'])
h.bag += Bag(['y'])
print(h.bag)
lst = [Bag([]), Bag([1])]
lst[1] += Bag([2])
print(lst)
d = {'k': Frozen(5)}
d['k'] += 5
print(d)

# __iadd__ returning something other than self rebinds the name to that value.
class Returns:
    def __iadd__(self, o):
        return 'replacement'


r = Returns()
r += 1
print(r)
