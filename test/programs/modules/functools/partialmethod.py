# partialmethod and singledispatchmethod: partial application and single dispatch for
# methods (instance and class methods).
import functools


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state):
        self.alive = bool(state)

    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False)

    @classmethod
    def make(cls, x, y):
        return (cls.__name__, x, y)

    make5 = functools.partialmethod(make, 5)


c = Cell()
c.set_alive()
print(c.alive)
c.set_dead()
print(c.alive)
print(Cell.make5(6), c.make5(7))
print(repr(Cell.__dict__['set_alive']).startswith('functools.partialmethod(<function Cell.set_state'))


class Formatter:
    @functools.singledispatchmethod
    def fmt(self, arg):
        return 'object: %r' % (arg,)

    @fmt.register
    def _(self, arg: int):
        return 'int: %d' % arg

    @fmt.register
    def _(self, arg: list):
        return 'list: ' + ', '.join(self.fmt(x) for x in arg)

    @functools.singledispatchmethod
    @classmethod
    def kind(cls, arg):
        return cls.__name__ + ' object'

    @kind.register
    @classmethod
    def _(cls, arg: str):
        return cls.__name__ + ' str'


f = Formatter()
print(f.fmt(3), f.fmt('s'), f.fmt([1, 'x', [2]]))
print(Formatter.kind(1), Formatter.kind('a'), f.kind(2.5))
