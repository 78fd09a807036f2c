# Repeating str, list and tuple by a count: any object with __index__ is a count, on either side
# of *, and *= too; a class with __rmul__ on the right gets its say before the sequence refuses;
# non-integers give "can't multiply sequence by non-int"; negative counts give empty results.
class Count:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Times:
    def __rmul__(self, seq):
        return 'Times.__rmul__(' + repr(seq) + ')'

    def __mul__(self, seq):
        return 'Times.__mul__(' + repr(seq) + ')'


three = Count(3)
print('ab' * three, three * 'ab', [0] * three, three * [1, 2], (7,) * three, three * ())
print('x' * Count(0), [1] * Count(-2), (1, 2) * Count(1), 'solo' * Count(1))
s, l, t = 'na', ['ha'], ('ho',)
s *= Count(4)
l *= Count(2)
t *= Count(2)
print(s, l, t)
print('ab' * True, [None] * False, 'ab' * Times(), [1] * Times(), Times() * 'ab', Times() * (1,))


class StrSub(str):
    pass


class ListSub(list):
    pass


print(repr(StrSub('ab') * 2), type(StrSub('ab') * 2).__name__, type(StrSub('a') * 1).__name__, type(ListSub([1]) * 2).__name__)
for label, f in (('str * float', lambda: 'ab' * 2.0), ('list * str', lambda: [1] * 'x'),
                 ('tuple * None', lambda: (1,) * None), ('float * str', lambda: 1.5 * 'ab'),
                 ('str * str', lambda: 'a' * 'b'), ('obj * list', lambda: object() * [1]),
                 ('bad index', lambda: 'ab' * Count('2'))):
    try:
        print(label, f())
    except TypeError as e:
        print(label, '->', e)
