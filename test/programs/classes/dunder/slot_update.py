# Special methods assigned to or deleted from a class after it was created (and after
# subclasses exist) take effect for the operators of that class and of every subclass that
# inherits them, while a subclass's own definition keeps winning.
class Base:
    pass


class Child(Base):
    pass


class Grandchild(Child):
    pass


class Own(Base):
    def __repr__(self):
        return 'Own()'

    def __len__(self):
        return 99


b, c, g, o = Base(), Child(), Grandchild(), Own()


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


Base.__repr__ = lambda self: type(self).__name__ + '!'
print(repr(b), repr(c), repr(g), repr(o), str(g), [g])

Base.__add__ = lambda self, other: type(self).__name__ + '+' + repr(other)
Base.__radd__ = lambda self, other: repr(other) + '+' + type(self).__name__
show('add', lambda: (b + 1, c + 2, g + 3, 4 + g, o + 5))

Base.__len__ = lambda self: 3
show('len', lambda: (len(b), len(g), len(o), bool(c)))

Base.__bool__ = lambda self: False
show('bool', lambda: (bool(b), bool(g), bool(o), 'yes' if c else 'no'))

Base.__getitem__ = lambda self, k: k * 2
Base.__contains__ = lambda self, x: x == 'in'
show('item', lambda: (b[2], g['ab'], 'in' in c, 'out' in o))

Base.__call__ = lambda self, *a: ('called', type(self).__name__, a)
show('call', lambda: (c(1, 2), o()))

Base.__eq__ = lambda self, other: isinstance(other, Base)
Base.__hash__ = lambda self: 7
show('eq', lambda: (b == c, g == o, c == 1, hash(g), len({b, c, g})))

Base.__iter__ = lambda self: iter([type(self).__name__] * 2)
show('iter', lambda: (list(g), [x for x in o]))

Base.__neg__ = lambda self: 'neg ' + type(self).__name__
Base.__lt__ = lambda self, other: True
show('unary/cmp', lambda: (-g, g < o, sorted([o, g, c]) is not None))

Base.__getattr__ = lambda self, name: 'dynamic ' + name
show('getattr', lambda: (g.anything, o.other))

# Deleting brings back what is below in the MRO.
del Base.__repr__
show('del repr', lambda: (repr(g).startswith('<__main__.Grandchild object'), repr(o)))
del Base.__len__
del Base.__bool__
show('del len', lambda: (bool(g), len(o)))
show('len error', lambda: len(g))
del Base.__add__
show('del add', lambda: g + 1)
show('radd still', lambda: 1 + g)
del Base.__getattr__
show('del getattr', lambda: g.anything)
del Base.__hash__
show('hash after __eq__ kept', lambda: hash(c) == hash(c))

# A subclass that later defines its own, then removes it again.
Child.__neg__ = lambda self: 'child neg'
show('child neg', lambda: (-b, -c, -g))
del Child.__neg__
show('child neg gone', lambda: (-b, -c, -g))

# Setting __hash__ to None makes instances of the class and its subclasses unhashable.
Base.__hash__ = None
show('unhashable', lambda: hash(g))
show('unhashable own', lambda: hash(o))
