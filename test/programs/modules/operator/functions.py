# The operator functions behave as their operators, errors included; the dunder aliases are
# the same functions.
import operator as op

print(op.add(2, 3), op.sub(2, 3), op.mul('ab', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-4.5), op.inv(5), op.invert(-1))
print(op.lshift(1, 4), op.rshift(256, 3), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne('a', 'a'), op.ge(3, 4), op.gt(4, 3))
print(op.not_([]), op.truth([0]), op.is_(None, None), op.is_not(1, None))
print(op.contains([1, 2], 2), op.countOf([1, 2, 1, 1], 1), op.indexOf('abcb', 'b'))
print(op.concat([1], [2]), op.concat('ab', 'cd'), op.getitem({'k': 'v'}, 'k'), op.getitem('hello', slice(1, 4)))
seq = [1, 2, 3]
op.setitem(seq, 0, 'first')
op.delitem(seq, 1)
print(seq)
print(op.index(7), op.index(True), op.length_hint([1, 2, 3]), op.length_hint(iter([])), op.length_hint(5, 42))
print(op.call(max, 3, 9, 4), op.call(sorted, [3, 1], reverse=True))
print(op.add is op.__add__, op.not_ is op.__not__, op.getitem is op.__getitem__, op.add.__name__)

# operators respect the operand types' own methods
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __neg__(self):
        return Money(-self.cents)

    def __index__(self):
        return self.cents

    def __repr__(self):
        return 'Money(%d)' % self.cents


print(op.add(Money(150), Money(275)), op.neg(Money(3)), op.index(Money(12)), [10, 20, 30][op.index(Money(1))])

for call in (lambda: op.add(1, 'a'), lambda: op.neg('s'), lambda: op.index(2.5),
             lambda: op.index('3'), lambda: op.concat(1, 2), lambda: op.truediv(1, 0),
             lambda: op.lt(1, 'x'), lambda: op.length_hint([], 'a')):
    try:
        call()
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    op.indexOf([1, 2], 3)
except ValueError as e:
    print('ValueError', e)

# reductions with operator functions
import functools
print(functools.reduce(op.mul, range(1, 7)), functools.reduce(op.or_, [1, 2, 4, 8]))
print(sorted([('b', 2), ('a', 2), ('c', 1)], key=op.itemgetter(1, 0)))
print(list(map(op.mul, [1, 2, 3], [4, 5, 6])))
