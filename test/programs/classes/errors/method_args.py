# TypeError messages for calling methods with wrong arguments: counts include self, the
# qualified method name is used, missing/extra/unexpected/duplicated arguments, keyword-only and
# positional-only parameters, and calling through the class without an instance.
class Calc:
    def add(self, a, b):
        return a + b

    def one(self):
        return 1

    def scale(self, x, *, factor):
        return x * factor

    def pos_only(self, a, /, b):
        return a - b

    def defaults(self, a, b=2, c=3):
        return a + b + c

    @staticmethod
    def static(a):
        return a

    @classmethod
    def klass(cls, a):
        return a


c = Calc()
calls = [
    ('c.add(1)', lambda: c.add(1)),
    ('c.add()', lambda: c.add()),
    ('c.add(1, 2, 3)', lambda: c.add(1, 2, 3)),
    ('c.one(5)', lambda: c.one(5)),
    ('c.add(1, b=2, c=3)', lambda: c.add(1, b=2, c=3)),
    ('c.add(1, a=2)', lambda: c.add(1, a=2)),
    ('c.scale(2)', lambda: c.scale(2)),
    ('c.scale(2, 3)', lambda: c.scale(2, 3)),
    ('c.pos_only(a=1, b=2)', lambda: c.pos_only(a=1, b=2)),
    ('c.defaults()', lambda: c.defaults()),
    ('c.defaults(1, 2, 3, 4)', lambda: c.defaults(1, 2, 3, 4)),
    ('Calc.add(1, 2)', lambda: Calc.add(1, 2)),
    ('Calc.one()', lambda: Calc.one()),
    ('Calc.static()', lambda: Calc.static()),
    ('c.static(1, 2)', lambda: c.static(1, 2)),
    ('Calc.klass()', lambda: Calc.klass()),
    ('c.klass(1, 2)', lambda: c.klass(1, 2)),
    ('c.add(*[1, 2, 3])', lambda: c.add(*[1, 2, 3])),
    ('c.add(**{"a": 1})', lambda: c.add(**{'a': 1})),
    ('c.add(self=c, a=1, b=2)', lambda: c.add(self=c, a=1, b=2)),
]
for text, fn in calls:
    try:
        print(text, '=', fn())
    except TypeError as e:
        print(text, '->', e)

# The successful forms for comparison.
print(c.add(1, 2), c.add(b=1, a=2), Calc.add(c, 3, 4), c.scale(2, factor=5), c.pos_only(5, b=1))
print(c.defaults(1), c.defaults(1, c=10), c.static(7), Calc.klass(8))


# A method defined without self.
class NoSelf:
    def broken():
        return 'never'


try:
    NoSelf().broken()
except TypeError as e:
    print('TypeError:', e)
print(NoSelf.broken())
