# Rich comparisons: __eq__ __ne__ __lt__ __le__ __gt__ __ge__ through the operators, the default
# __ne__ inverting __eq__, chained comparisons, and sorting/min/max using __lt__.
class Version:
    def __init__(self, text):
        self.parts = [int(p) for p in text.split('.')]
        self.text = text

    def __repr__(self):
        return 'v' + self.text

    def __eq__(self, o):
        return isinstance(o, Version) and self.parts == o.parts

    def __lt__(self, o):
        return self.parts < o.parts

    def __le__(self, o):
        return self.parts <= o.parts

    def __gt__(self, o):
        return self.parts > o.parts

    def __ge__(self, o):
        return self.parts >= o.parts

    __hash__ = None


a = Version('1.2.0')
b = Version('1.10')
c = Version('1.2.0')
print(a == c, a != c, a == b, a != b)
print(a < b, a <= b, a > b, a >= b)
print(a <= c, a >= c, a < c, a > c)
print(a < b < Version('2.0'), a < b > c, a == c == Version('1.2.0'))
print(a == '1.2.0', a != '1.2.0')

vs = [Version(s) for s in ['3.1', '1.0.1', '2.5', '1.0', '10.0', '2.5.0']]
print(sorted(vs))
print(min(vs), max(vs))
print(sorted(vs, reverse=True))
vs.sort()
print(vs)
print(Version('2.5') in vs, vs.index(Version('2.5')), vs.count(Version('1.0')))


# Only __lt__ defined: > is answered by the reflected __lt__.
class OnlyLt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        print('  __lt__', self.v, o.v)
        return self.v < o.v


x = OnlyLt(1)
y = OnlyLt(2)
print(x < y)
print(x > y)
try:
    x <= y
except TypeError as e:
    print('TypeError:', e)


# Comparison methods can return non-bool values; `if` uses their truth.
class Symbolic:
    def __init__(self, name):
        self.name = name

    def __eq__(self, o):
        return '(' + self.name + ' == ' + o.name + ')'

    def __lt__(self, o):
        return ''


s1 = Symbolic('p')
s2 = Symbolic('q')
print(s1 == s2, repr(s1 < s2))
print('yes' if s1 == s2 else 'no', 'yes' if s1 < s2 else 'no')
print(not (s1 < s2))

# A default __ne__ inverts __eq__ results that are bools.
class EqOnly:
    def __init__(self, k):
        self.k = k

    def __eq__(self, o):
        return self.k == o.k


print(EqOnly(1) != EqOnly(1), EqOnly(1) != EqOnly(2))
print([EqOnly(3)] == [EqOnly(3)], (EqOnly(3),) != (EqOnly(4),))
