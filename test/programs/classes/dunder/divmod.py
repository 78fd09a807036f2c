# divmod() dispatches like a binary operator: x.__divmod__(y), then y.__rdivmod__(x) (first when
# y's class is a subclass of x's that overrides it), NotImplemented handing over, and the
# TypeError naming divmod(); int and float expose __divmod__/__rdivmod__ too.
log = []


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return 'Money(' + str(self.cents) + ')'

    def __divmod__(self, n):
        log.append('Money.__divmod__')
        if isinstance(n, int):
            q, r = divmod(self.cents, n)
            return Money(q), Money(r)
        return NotImplemented

    def __rdivmod__(self, other):
        log.append('Money.__rdivmod__')
        return NotImplemented


class Divisor:
    def __init__(self, n):
        self.n = n

    def __rdivmod__(self, other):
        log.append('Divisor.__rdivmod__')
        return ('split', other, self.n)


print(divmod(Money(1050), 4), divmod(Money(-7), 2))
print(divmod(Money(100), Divisor(3)), log)
log.clear()
print(divmod(17, Divisor(5)), divmod(2.5, Divisor(1)), log)
log.clear()


class Share(Money):
    def __rdivmod__(self, other):
        log.append('Share.__rdivmod__')
        return 'share rdivmod'


print(divmod(Money(10), Share(3)), log)
log.clear()
try:
    divmod(Money(10), 'x')
except TypeError as e:
    print('TypeError:', e, log)
log.clear()
try:
    divmod('x', Money(10))
except TypeError as e:
    print('TypeError:', e, log)
for a, b in ((None, 1), ([], []), (1, 'a')):
    try:
        divmod(a, b)
    except TypeError as e:
        print('TypeError:', e)

# The builtin numbers.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(True, 2))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.0), divmod(1e300, 1e-300)[1] >= 0)
print((17).__divmod__(5), (17).__rdivmod__(100), (7.5).__divmod__(2), (2.0).__rdivmod__(9))
print((17).__divmod__(5.0), (7.5).__divmod__('x'), int.__divmod__(9, 4))
for a, b in ((1, 0), (1.0, 0), (1, 0.0), (True, False)):
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)


# An int subclass keeps int's divmod unless it overrides it.
class Count(int):
    def __divmod__(self, other):
        return 'Count.__divmod__'


class Plain(int):
    pass


print(divmod(Count(9), 2), divmod(Plain(9), 2), divmod(9, Count(2)), type(divmod(Plain(9), 2)[0]).__name__)
