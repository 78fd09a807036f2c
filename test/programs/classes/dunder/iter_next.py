# The iterator protocol: __iter__ returning self with __next__ raising StopIteration, __iter__
# returning a separate iterator object, use in for loops, list(), unpacking, zip, sum, in, and
# the TypeErrors for non-iterables and bad __iter__ results.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


for n in Countdown(3):
    print('tick', n)
print(list(Countdown(5)))
c = Countdown(2)
print(list(c), list(c))
it = iter(Countdown(2))
print(next(it), next(it), next(it, 'done'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)


class Range2:
    """A reusable iterable: each iter() makes a fresh iterator."""

    def __init__(self, lo, hi, step=1):
        self.lo = lo
        self.hi = hi
        self.step = step

    def __iter__(self):
        return Range2Iter(self)


class Range2Iter:
    def __init__(self, r):
        self.r = r
        self.i = r.lo

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.r.hi:
            raise StopIteration
        v = self.i
        self.i += self.r.step
        return v


r = Range2(0, 10, 3)
print(list(r), list(r), sum(r), max(r), sorted(r, reverse=True))
a, b, *rest = Range2(1, 6)
print(a, b, rest)
print(list(zip(Range2(0, 3), Range2(10, 20, 5))))
print(list(enumerate(Range2(5, 8))), list(map(str, Range2(0, 3))))
print(3 in Range2(0, 10, 3), 4 in Range2(0, 10, 3))
print([x * x for x in Range2(1, 5)], dict(zip(Range2(0, 3), 'abc')))
print(tuple(Range2(2, 4)), ', '.join([str(x) for x in Range2(0, 4)]))

# Nested loops over the same iterable work because each loop gets its own iterator.
pairs = []
for x in r:
    for y in r:
        if x < y:
            pairs.append((x, y))
print(pairs)

# Stopping early and breaking keep the iterator's state.
it = iter(Range2(0, 100))
for v in it:
    if v == 3:
        break
print(next(it), next(it))


# StopIteration with a value is fine in __next__; the value is ignored by for.
class WithValue:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration('value')


print(list(WithValue()))


class NotIterable:
    pass


class BadIter:
    def __iter__(self):
        return 5


class NoNext:
    def __iter__(self):
        return self


for obj in [NotIterable(), BadIter(), NoNext()]:
    try:
        for _ in obj:
            pass
    except TypeError as e:
        print('TypeError:', e)
try:
    next(NotIterable())
except TypeError as e:
    print('TypeError:', e)
