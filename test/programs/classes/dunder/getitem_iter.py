# The old sequence protocol: an object with only __getitem__ is iterable (indexes 0, 1, 2...
# until IndexError), supports `in`, unpacking, list(), and reversed() when it also has __len__.
class Squares:
    def __init__(self, n):
        self.n = n
        self.requests = []

    def __getitem__(self, i):
        self.requests.append(i)
        if i >= self.n:
            raise IndexError('out of range')
        return i * i


s = Squares(5)
print(list(s))
print(s.requests)
for v in Squares(3):
    print('value', v)
print(9 in Squares(5), 10 in Squares(5))
a, b, c = Squares(3)
print(a, b, c)
print(sum(Squares(4)), sorted(Squares(4), reverse=True), max(Squares(6)))
it = iter(Squares(2))
print(type(it).__name__, next(it), next(it), next(it, 'end'))


# Iteration also stops on StopIteration from __getitem__; other exceptions propagate.
class StopsEarly:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return 'item' + str(i)


print(list(StopsEarly()))


class KeyErrors:
    def __getitem__(self, i):
        raise KeyError(i)


try:
    list(KeyErrors())
except KeyError as e:
    print('KeyError:', e)


# __getitem__ over a string of characters, with __len__ for reversed() and len().
class Word:
    def __init__(self, text):
        self.text = text

    def __getitem__(self, i):
        return self.text[i].upper()

    def __len__(self):
        return len(self.text)


w = Word('hello')
print(list(w), len(w), list(reversed(w)), ''.join(w))
print(w[0], w[-1], 'L' in w, 'l' in w)
print(list(enumerate(Word('ab'))), list(zip(Word('xy'), Squares(9))))

# __iter__ takes precedence over __getitem__.
class Both:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return 'getitem'

    def __iter__(self):
        return iter(['from', '__iter__'])


print(list(Both()), Both()[0])


# __iter__ = None blocks the fallback.
class Blocked:
    __iter__ = None

    def __getitem__(self, i):
        return i


try:
    iter(Blocked())
except TypeError as e:
    print('TypeError:', e)
