# range()'s argument errors with big ints around: every argument goes through __index__ in
# order (start, stop, then step), a zero step of any form is refused, and index() of a value
# that is not an item says so with the value's repr.
class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print('  __index__', self.v)
        return self.v


class BadIndex:
    def __index__(self):
        return 'seven'


attempts = [
    ('float stop', lambda: range(2 ** 64 + 0.5)),
    ('str start', lambda: range('a', 2 ** 64)),
    ('float step', lambda: range(0, 2 ** 64, 1.0)),
    ('zero step', lambda: range(2 ** 64, 2 ** 65, 0)),
    ('False step', lambda: range(2 ** 64, 2 ** 65, False)),
    ('Index zero step', lambda: range(Index(2 ** 64), Index(2 ** 65), Index(0))),
    ('order', lambda: range(Index(2 ** 70), 'x', Index(1))),
    ('bad __index__', lambda: range(BadIndex())),
    ('no args', lambda: range()),
    ('four args', lambda: range(1, 2, 3, 2 ** 64)),
    ('keyword', lambda: range(stop=2 ** 64)),
    ('index missing', lambda: range(2 ** 64, 2 ** 65, 3).index(2 ** 64 + 1)),
    ('index below', lambda: range(-2 ** 64, 0).index(-2 ** 64 - 1)),
    ('index of str', lambda: range(2 ** 64, 2 ** 64 + 3).index('2')),
    ('item of str', lambda: range(2 ** 64)['1']),
    ('item of float', lambda: range(2 ** 64)[1.0]),
    ('item too far', lambda: range(2 ** 64, 2 ** 65)[2 ** 64]),
    ('item too low', lambda: range(2 ** 64, 2 ** 65)[-2 ** 64 - 1]),
    ('count two args', lambda: range(2 ** 64).count(1, 2)),
    ('len', lambda: len(range(-2 ** 64, 2 ** 64))),
]
for label, f in attempts:
    try:
        print(label, '->', f())
    except (TypeError, ValueError, IndexError, OverflowError, AttributeError) as e:
        print(label, '->', type(e).__name__, e)
print(range(Index(2 ** 64), Index(2 ** 64 + 2)))
