# __repr__, __str__ and __format__: print/str/repr/f-strings/format() and %-formatting each pick
# the right method, str falls back to repr, containers use repr of elements, !r/!s conversions,
# format specs passed through to __format__, and the errors for non-str results.
class Both:
    def __repr__(self):
        return 'Both<repr>'

    def __str__(self):
        return 'Both<str>'


class ReprOnly:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return 'ReprOnly(' + repr(self.v) + ')'


class StrOnly:
    def __str__(self):
        return 'StrOnly<str>'


b = Both()
r = ReprOnly('x')
print(b, str(b), repr(b))
print(r, str(r), repr(r))
print([b, r], (b,), {'k': b}, [[r]])
print(f'{b} {b!r} {b!s} {r} {r!r}')
print('%s %r %s' % (b, b, r))
print(str(StrOnly()), type(repr(StrOnly())).__name__, repr(StrOnly()).startswith('<__main__.StrOnly object at'))
print('{} {!r}'.format(b, b))
print(ascii(ReprOnly('é')), repr(ReprOnly('é')))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __str__(self):
        return '$' + str(self.cents // 100) + '.' + str(self.cents % 100).rjust(2, '0')

    def __format__(self, spec):
        if spec == '':
            return str(self)
        if spec == 'cents':
            return str(self.cents) + 'c'
        if spec.endswith('w'):
            return str(self).rjust(int(spec[:-1]), '.')
        return format(self.cents / 100, spec)


m = Money(12345)
print(m, f'{m}', f'{m:cents}', f'{m:12w}', f'{m:.1f}', f'{m:>10.2f}|')
print(format(m), format(m, 'cents'), '{:8w}'.format(m), '{0:cents} and {0}'.format(m))
width = 9
print(f'{m:{width}w}')


# Default __format__ only accepts an empty spec.
class Plain:
    def __str__(self):
        return 'plain'


print(f'{Plain()}', format(Plain()), '{}'.format(Plain()))
try:
    f'{Plain():>10}'
except TypeError as e:
    print('TypeError:', e)


# Errors for non-string results.
class BadStr:
    def __str__(self):
        return 42


class BadRepr:
    def __repr__(self):
        return None


class BadFormat:
    def __format__(self, spec):
        return 1.5


for fn in [lambda: str(BadStr()), lambda: repr(BadRepr()), lambda: format(BadFormat(), 'x'),
           lambda: f'{BadFormat()}', lambda: print(BadStr())]:
    try:
        fn()
    except TypeError as e:
        print('TypeError:', e)

# str() of an object whose __str__ comes from a base class.
class Child(ReprOnly):
    pass


print(Child(3), [Child([1])])

# __repr__ that recurses through a container of instances.
class Tree:
    def __init__(self, name, kids):
        self.name = name
        self.kids = kids

    def __repr__(self):
        return self.name + repr(self.kids) if self.kids else self.name


print(Tree('a', [Tree('b', []), Tree('c', [Tree('d', [])])]))
