# str subclasses: str(x) with a subclass as cls makes an instance of it (it was an exact str);
# methods, repr overrides, __new__ with extra state, instance attributes, conversions, pickling args.
class S(str):
    def hello(self): return 'hi ' + self
    def __repr__(self): return 'S(' + super().__repr__() + ')'
s = S('ab')
print(type(s).__name__, s.hello(), repr(s), str(s), type(str(s)).__name__, s == 'ab', hash(s) == hash('ab'))
print(s.upper(), type(s.upper()).__name__, s + 'c', type(s + 'c').__name__, s * 2, s[0], type(s[0]).__name__)
print(len(s), 'a' in s, {s: 1}['ab'], sorted([S('b'), S('a')]), f'{s}', f'{s!r}', '%s' % s, '{}'.format(s))
class Tag(str):
    def __new__(cls, value, level=0):
        obj = super().__new__(cls, value.upper())
        obj.level = level
        return obj
t = Tag('warn', 2)
print(t, t.level, type(t).__name__, isinstance(t, str), t.lower(), t.__dict__)
class E(str): pass
print(repr(E()), repr(E(5)), repr(E(b'xy', 'ascii')), E('é') == 'é', E('😀').encode())
e = E('x'); e.attr = 1; print(e.attr, vars(e))
print(int(S('42')) + 1, float(S('1.5')), S('a,b').split(','), type(S('a,b').split(',')[0]).__name__)
print(s.__reduce_ex__(2)[1])
class Ok(str):
    __slots__ = ()
print(type(Ok('z')).__name__, Ok('z'))
