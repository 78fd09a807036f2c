# Zero-argument super() in methods: calling the next class in the MRO, extending results,
# super() in deep chains, super() reaching attributes, and super() inside a nested function.
class Base:
    greeting = 'hello'

    def hello(self):
        return 'Base.hello'

    def chain(self):
        return ['Base']

    def compute(self, x):
        return x + 1


class Middle(Base):
    def hello(self):
        return 'Middle.hello > ' + super().hello()

    def chain(self):
        return super().chain() + ['Middle']

    def compute(self, x):
        return super().compute(x) * 2


class Top(Middle):
    greeting = 'hi'

    def hello(self):
        return 'Top.hello > ' + super().hello()

    def chain(self):
        return super().chain() + ['Top']

    def compute(self, x):
        return super().compute(x) - 3

    def base_greeting(self):
        return super().greeting


t = Top()
print(t.hello())
print(t.chain())
print(t.compute(10))
print(Middle().compute(10), Base().compute(10))
print(t.greeting, t.base_greeting())

# super() is bound to the class where the method is defined, not type(self).
class Skip(Top):
    pass


print(Skip().chain())
print(Skip().hello())


# super() in a method that calls a helper defined inside it (the helper uses the outer self).
class Outer(Base):
    def hello(self):
        parent = super().hello()

        def decorate(s):
            return '[' + s + ']'

        return decorate(parent)


print(Outer().hello())

# super() on a method missing in the rest of the MRO raises AttributeError.
class Lonely:
    def f(self):
        return super().f()


try:
    Lonely().f()
except AttributeError as e:
    print('AttributeError:', e)

# super() works for dunder methods too, which are looked up on the next class.
class Named:
    def __init__(self):
        self.parts = ['Named']

    def __len__(self):
        return 1


class MoreNamed(Named):
    def __init__(self):
        super().__init__()
        self.parts.append('MoreNamed')

    def __len__(self):
        return super().__len__() + 10


m = MoreNamed()
print(m.parts, len(m))

# The type of a super object.
class Probe(Base):
    def kind(self):
        return type(super()).__name__


print(Probe().kind())

# Calling super().__init__() from a class that only inherits object accepts no args.
class Plain:
    def __init__(self, v):
        super().__init__()
        self.v = v


print(Plain(3).v)
