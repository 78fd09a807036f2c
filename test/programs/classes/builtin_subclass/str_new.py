# str subclasses built through str.__new__: the instance is of the subclass with the string's
# characters, str(x) of one gives a plain str, methods return plain strs, the empty string and
# one-character strings are new objects of the subclass, keywords work, and a subclass of a
# subclass keeps its own class.
class Tag(str):
    pass


class Upper(str):
    def __new__(cls, value=''):
        return super().__new__(cls, str(value).upper())


class Lower(Upper):
    def __new__(cls, value=''):
        return str.__new__(cls, str(value).lower())


for s in (Tag('abc'), Tag(''), Tag('x'), Tag(42), Tag(object=3.5), Tag(), Upper('mixed Case'), Upper(), Lower('MiXeD')):
    print(repr(s), type(s).__name__, len(s), s == str(s), type(str(s)).__name__)

t = Tag('hello world')
print(t.upper(), type(t.upper()).__name__, type(t[0]).__name__, type(t[1:3]).__name__, type(t * 1).__name__)
print(type(t + '').__name__, type('' + t).__name__, type(t.strip()).__name__, t.split(), type(t.split()[0]).__name__)
print(Tag('a') == 'a', 'a' == Tag('a'), Tag('a') < Tag('b'), Tag('a') is Tag('a'), hash(Tag('key')) == hash('key'))
print({Tag('k'): 1}['k'], {'k': 2}[Tag('k')], 'ell' in t, t.find('wor'), t.replace('l', 'L'))

t.note = 'attribute on a str subclass'
print(t.note, vars(t))


class Name(str):
    __slots__ = ()


n = Name('slotted')
try:
    n.extra = 1
except AttributeError as e:
    print('AttributeError:', e)
print(n, type(n).__name__, n.title())

for bad in (lambda: Tag(b=1), lambda: Tag('a', 'b', 'c', 'd'), lambda: str.__new__(int, 'x'), lambda: str.__new__(5)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
