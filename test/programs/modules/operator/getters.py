# itemgetter, attrgetter (dotted names, several names) and methodcaller: results, reprs,
# and their argument errors.
from operator import itemgetter, attrgetter, methodcaller


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Segment:
    def __init__(self, a, b):
        self.start = a
        self.end = b


g1 = itemgetter(1)
g2 = itemgetter(0, -1)
gk = itemgetter('name')
print(g1('abc'), g1([10, 20]), g2('xyz'), gk({'name': 'ann', 'age': 3}))
print(itemgetter(slice(1, None))([1, 2, 3]), itemgetter(0, 0)('q'))
print(repr(g1), repr(g2), repr(gk), repr(itemgetter(slice(None, 2))))
rows = [('b', 3), ('a', 1), ('c', 2)]
print(sorted(rows, key=itemgetter(1)), max(rows, key=itemgetter(0)))
print(list(map(itemgetter(0), rows)))

s = Segment(Point(1, 2), Point(5, 9))
a1 = attrgetter('start')
a2 = attrgetter('start.x', 'end.y')
print(a1(s).x, a2(s), attrgetter('end.x')(s))
print(repr(a1), repr(a2), repr(attrgetter('a.b.c')))
print(sorted([Point(3, 1), Point(1, 5), Point(2, 0)], key=attrgetter('x'))[0].x)

m1 = methodcaller('upper')
m2 = methodcaller('split', ',', 1)
m3 = methodcaller('rjust', 6, '*')
print(m1('shout'), m2('a,b,c'), m3('pad'))
print(repr(m1), repr(m2), repr(methodcaller('sort', key=len, reverse=True)))
words = ['ccc', 'a', 'bb']
methodcaller('sort', key=len, reverse=True)(words)
print(words)
print(type(g1).__name__, type(a1).__name__, type(m1).__name__)

for make in (lambda: itemgetter(), lambda: attrgetter(), lambda: attrgetter(1),
             lambda: methodcaller(), lambda: methodcaller(5), lambda: itemgetter(1, key=2),
             lambda: attrgetter('a', default=None)):
    try:
        make()
    except TypeError as e:
        print('TypeError', e)
for call in (lambda: itemgetter(1)(5), lambda: itemgetter(5)('ab'), lambda: itemgetter('k')({}),
             lambda: attrgetter('start.z')(s), lambda: methodcaller('nope')(1)):
    try:
        call()
    except (TypeError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
