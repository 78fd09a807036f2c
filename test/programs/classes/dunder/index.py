# __index__: lets an object be used as a sequence index and in slices, by bin/oct/hex, range(),
# list repetition, int(), and operator-free integer contexts; bad __index__ results are errors.
class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


items = ['a', 'b', 'c', 'd', 'e']
print(items[Idx(1)], items[Idx(-1)], 'hello'[Idx(4)], (10, 20, 30)[Idx(2)])
print(items[Idx(1):Idx(3)], items[::Idx(2)], 'abcdef'[Idx(-3):])
print(bin(Idx(10)), oct(Idx(8)), hex(Idx(255)))
print(list(range(Idx(4))), list(range(Idx(1), Idx(10), Idx(3))))
print(items * Idx(0), [0] * Idx(3), 'ab' * Idx(2), Idx(2) * 'xy')
print(int(Idx(7)), Idx(5).__index__() + 1, float(Idx(3)))
lst = list(range(6))
lst[Idx(0)] = 'first'
del lst[Idx(1)]
print(lst)
lst[Idx(1):Idx(3)] = ['X']
print(lst)
print(round(2.567, Idx(2)), 'abcdef'.center(Idx(10), '*'), 'abc'.ljust(Idx(5), '-') + '|')
print(chr(Idx(65)), hex(Idx(-16)), bin(Idx(0)))

class BadIndex:
    def __index__(self):
        return 'one'


class FloatIndex:
    def __index__(self):
        return 1.0


class NoIndex:
    pass


tests = [
    lambda: items[BadIndex()],
    lambda: items[FloatIndex()],
    lambda: items[NoIndex()],
    lambda: bin(NoIndex()),
    lambda: range(NoIndex()),
    lambda: 'ab' * NoIndex(),
    lambda: hex(BadIndex()),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print('TypeError:', e)

# An IndexError from using a big __index__ value.
try:
    items[Idx(99)]
except IndexError as e:
    print('IndexError:', e)
