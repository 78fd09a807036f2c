# The `in` operator: __contains__ first, then __iter__, then __getitem__; `not in`; the result is
# converted to bool; TypeError when the container supports none of them.
class Evens:
    def __contains__(self, x):
        print('  __contains__', x)
        return isinstance(x, int) and x % 2 == 0


e = Evens()
print(4 in e, 5 in e, 'x' in e, 7 not in e)


class Truthy:
    def __contains__(self, x):
        return x  # returned value is converted with bool()


t = Truthy()
print(1 in t, 0 in t, [] in t, 'abc' in t, type(5 in t).__name__)


class IterOnly:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        print('  __iter__')
        return iter(self.items)


print(2 in IterOnly([1, 2, 3]), 9 in IterOnly([1, 2]))


class GetItemOnly:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError
        return i * 10


print(30 in GetItemOnly(), 35 in GetItemOnly(), 40 not in GetItemOnly())


# __contains__ wins over __iter__ when both exist.
class Both:
    def __contains__(self, x):
        return 'contains says ' + str(x) == 'contains says 1'

    def __iter__(self):
        return iter([2])


print(1 in Both(), 2 in Both(), list(Both()))

# Membership by equality uses __eq__ of the elements.
class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, o):
        return isinstance(o, Key) and self.k.lower() == o.k.lower()


print(Key('A') in [Key('b'), Key('a')], Key('c') in (Key('a'),), Key('B') in IterOnly([Key('b')]))

# Errors.
class Nothing:
    pass


try:
    1 in Nothing()
except TypeError as e:
    print('TypeError:', e)


class Raises:
    def __contains__(self, x):
        raise ValueError('cannot check ' + repr(x))


try:
    'q' in Raises()
except ValueError as e:
    print('ValueError:', e)


# A set-like class used with `in` in comprehensions and conditions.
class Interval:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi

    def __contains__(self, x):
        return self.lo <= x < self.hi


work = Interval(9, 17)
print([h for h in range(0, 24, 2) if h in work])
print([h for h in [8, 9, 16, 17] if h not in work])
