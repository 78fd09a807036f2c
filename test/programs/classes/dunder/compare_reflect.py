# Reflection of comparisons: a < b tries a.__lt__ then b.__gt__; == tries b.__eq__; a subclass on
# the right gets priority when it overrides the reflected method; mixing with builtins.
log = []


class L:
    def __init__(self, tag):
        self.tag = tag

    def __lt__(self, o):
        log.append(self.tag + '.__lt__')
        return NotImplemented

    def __eq__(self, o):
        log.append(self.tag + '.__eq__')
        return NotImplemented

    def __ge__(self, o):
        log.append(self.tag + '.__ge__')
        return NotImplemented


class R:
    def __init__(self, tag):
        self.tag = tag

    def __gt__(self, o):
        log.append(self.tag + '.__gt__')
        return 'R says gt'

    def __eq__(self, o):
        log.append(self.tag + '.__eq__')
        return 'R says eq'

    def __le__(self, o):
        log.append(self.tag + '.__le__')
        return 'R says le'


def show(label, fn):
    log.clear()
    try:
        result = fn()
    except TypeError as e:
        result = 'TypeError: ' + str(e)
    print(label, '->', result, log)


l = L('l')
r = R('r')
show('l < r', lambda: l < r)
show('l == r', lambda: l == r)
show('l != r', lambda: l != r)
show('l >= r', lambda: l >= r)
show('r > l', lambda: r > l)
show('l < 5', lambda: l < 5)
show('5 > l', lambda: 5 > l)
show('5 == l', lambda: 5 == l)
show('"s" <= r', lambda: 's' <= r)
show('3 < r', lambda: 3 < r)


# Subclass on the right with an overriding reflected method goes first.
class Base:
    def __lt__(self, o):
        log.append('Base.__lt__')
        return 'base lt'

    def __gt__(self, o):
        log.append('Base.__gt__')
        return 'base gt'


class Sub(Base):
    def __gt__(self, o):
        log.append('Sub.__gt__')
        return 'sub gt'


show('Base() < Sub()', lambda: Base() < Sub())
show('Sub() < Base()', lambda: Sub() < Base())
show('Base() < Base()', lambda: Base() < Base())


# Comparing with int on either side.
class Score:
    def __init__(self, n):
        self.n = n

    def __lt__(self, o):
        return self.n < (o.n if isinstance(o, Score) else o)

    def __gt__(self, o):
        return self.n > (o.n if isinstance(o, Score) else o)

    def __eq__(self, o):
        return self.n == (o.n if isinstance(o, Score) else o)


s = Score(10)
print(s < 20, 20 < s, 5 < s, s > 5, 10 == s, s == 10, 3 < s < 11)
print(sorted([Score(3), 1, Score(2), 4], key=lambda v: v if isinstance(v, int) else v.n)[0])
print([x.n for x in sorted([Score(3), Score(1), Score(2)])])
