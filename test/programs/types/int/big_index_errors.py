# Big ints where a machine-sized index is needed: item access raises IndexError "cannot fit 'int'
# into an index-sized integer", slices clamp, repetition is OverflowError, and arguments of
# builtin methods give the C conversion messages (ssize_t, int), as CPython.
B = 2 ** 100
for label, f in (('list', lambda: [1, 2][B]), ('list neg', lambda: [1, 2][-B]), ('tuple', lambda: (1,)[B]),
                 ('str', lambda: 'abc'[B]), ('str neg', lambda: 'abc'[-B]), ('range', lambda: range(10)[B]),
                 ('range neg', lambda: range(10)[-B]), ('setitem', lambda: [1].__setitem__(B, 0)),
                 ('delitem', lambda: [1].__delitem__(-B)), ('dict', lambda: {1: 2}[B])):
    try:
        print(label, f())
    except (IndexError, KeyError) as e:
        print(label, type(e).__name__, e)
print([1, 2, 3][B:], [1, 2, 3][-B:B], 'abcdef'[-B:B:2], 'abcdef'[::B], 'abcdef'[::-B], (1, 2, 3)[B:-B:-1])
print([1, 2, 3][2 ** 64 % 3], 'xyz'[-(2 ** 64) % 3], (9, 8)[True])
for label, f in (('str * big', lambda: 'ab' * B), ('list * big', lambda: [1] * B), ('tuple * big', lambda: (1,) * B),
                 ('big * str', lambda: B * 'x'), ('str * -big', lambda: 'x' * -B), ('list * -big', lambda: [0] * -B),
                 ('pop', lambda: [1, 2].pop(B)), ('insert', lambda: [1, 2].insert(-B, 0)),
                 ('ljust', lambda: 'a'.ljust(B)), ('center', lambda: 'a'.center(-B)), ('zfill', lambda: '1'.zfill(B)),
                 ('split', lambda: 'a b'.split(' ', B)), ('replace', lambda: 'aa'.replace('a', 'b', B)),
                 ('expandtabs', lambda: 'a\tb'.expandtabs(2 ** 40)), ('splitlines', lambda: 'a\nb'.splitlines(B)),
                 ('sort', lambda: [2, 1].sort(reverse=B)), ('chr', lambda: chr(B)), ('chr 2**40', lambda: chr(2 ** 40)),
                 ('index', lambda: [1, 2, 3].index(3, -B, B)), ('count', lambda: 'aaa'.count('a', -B, B)),
                 ('find', lambda: 'abc'.find('c', -B))):
    try:
        print(label, f())
    except (OverflowError, ValueError, MemoryError) as e:
        print(label, type(e).__name__, e)


class Idx:
    def __index__(self):
        return 2 ** 80


try:
    [1, 2][Idx()]
except IndexError as e:
    print('Idx', e)
print([1, 2, 3][Idx():], hex(Idx()), len(bin(Idx())))


class Len:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


for n in (2 ** 100, -(2 ** 100), 2 ** 63, 2 ** 63 - 1):
    try:
        print(len(Len(n)))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
