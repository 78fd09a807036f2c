# Subclasses of str: extra methods, str methods returning plain str, overriding __str__/__len__/
# __eq__ and calling str's versions via super(), __new__ normalising the value, use as dict keys.
class Name(str):
    def initials(self):
        return ''.join([p[0] for p in self.split()]).upper()

    def __repr__(self):
        return 'Name(' + super().__repr__() + ')'


n = Name('ada lovelace')
print(n, repr(n), n.initials(), len(n), n.upper(), type(n.upper()).__name__)
print(n + '!', type(n + '!').__name__, n[0:3], type(n[0:3]).__name__, n * 2)
print(isinstance(n, str), n == 'ada lovelace', {'ada lovelace': 1}[n], n.split())
print(f'{n}', '%s' % n, str(n), type(str(n)).__name__, '[' + n + ']')


class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, str(value).upper())

    def __len__(self):
        return super().__len__() * 10


u = Upper('shout')
print(u, len(u), u.lower(), Upper(42), 'SHOUT' == u, u.startswith('SH'))


class Caseless(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()

    def __hash__(self):
        return hash(self.lower())

    def __contains__(self, sub):
        return super().__contains__(sub) or sub.lower() in self.lower()


c = Caseless('Hello')
print(c == 'HELLO', c != 'hello', 'hello' == c, c == 'world')
print('ELL' in c, 'xyz' in c)
table = {Caseless('Key'): 'value'}
print(table[Caseless('KEY')], table.get('Key'))
print(sorted([Caseless('b'), Caseless('A'), Caseless('c')]))


class Tagged(str):
    def __new__(cls, text, tag):
        obj = super().__new__(cls, text)
        obj.tag = tag
        return obj

    def __str__(self):
        return '<' + self.tag + '>' + super().__str__() + '</' + self.tag + '>'


t = Tagged('bold words', 'b')
print(t, str(t), t.tag, t.title(), len(t), t.replace('words', 'text'))
print(''.join([t, '|']), t.center(14, '*'))
print(format(t, '>12'), f'{t!s}', f'{t}')
