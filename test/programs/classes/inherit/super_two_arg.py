# Two-argument super(type, obj): starting the lookup after a chosen class in the MRO, skipping
# classes, super(cls, cls) for class-level lookups, and errors for mismatched arguments.
class A:
    def who(self):
        return 'A'


class B(A):
    def who(self):
        return 'B>' + super(B, self).who()


class C(A):
    def who(self):
        return 'C>' + super(C, self).who()


class D(B, C):
    def who(self):
        return 'D>' + super(D, self).who()


d = D()
print(d.who())
print(super(D, d).who())
print(super(B, d).who())
print(super(C, d).who())
print([c.__name__ for c in D.__mro__])

# Starting after B for a plain B instance skips C (it is not in B's MRO).
print(super(B, B()).who())

# super(cls, cls) looks up class attributes / functions without binding an instance.
class Base:
    tag = 'base-tag'

    def plain(self):
        return 'plain on ' + type(self).__name__


class Sub(Base):
    tag = 'sub-tag'


print(Sub.tag, super(Sub, Sub).tag)
print(super(Sub, Sub).plain(Sub()))

# Explicit two-arg super inside methods behaves like the zero-arg form.
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.log = ['Account.__init__']


class Savings(Account):
    def __init__(self, owner, rate):
        super(Savings, self).__init__(owner)
        self.rate = rate
        self.log.append('Savings.__init__')


s = Savings('ann', 3)
print(s.owner, s.rate, s.log)

# Errors.
try:
    super(B, 5)
except TypeError as e:
    print('TypeError:', e)
try:
    super(D, B())
except TypeError as e:
    print('TypeError:', e)
try:
    super(5, d)
except TypeError as e:
    print('TypeError:', e)
try:
    super(A, d).who2()
except AttributeError as e:
    print('AttributeError:', e)

# An unbound super (one argument) exists but has no useful methods lookup.
u = super(B)
print(type(u).__name__)
