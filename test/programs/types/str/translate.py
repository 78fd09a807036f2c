# str.translate: dict tables (int, str, None values), sequences as tables, LookupError
# fallback, range and type errors, and the order of __getitem__ calls CPython makes.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show('dict', lambda: 'hello world'.translate({ord('l'): 'L', ord('o'): None, ord(' '): '_'}))
show('int values', lambda: 'abc'.translate({97: 65, 98: 0x1F600, 99: True}))
show('multi-char', lambda: 'abc'.translate({97: 'xyz', 98: '', 99: 100}))
show('non-ascii in', lambda: 'ÿé€😀a'.translate({ord('é'): '😀', ord('😀'): 'e', 97: 'ÿ', 0x20AC: None}))
show('empty', lambda: ''.translate({97: 'b'}))
show('list table', lambda: 'abc'.translate(['x'] * 98))
show('str table', lambda: 'abcabc'.translate('0123456789' * 10))
show('range table', lambda: 'ABC'.translate(range(1000, 2000)))
show('too big', lambda: 'abc'.translate({97: 0x110000}))
show('negative', lambda: 'abc'.translate({98: -1}))
show('bad value', lambda: 'abc'.translate({97: 1.5}))
show('bad value 2', lambda: 'abc'.translate({99: b'c'}))
show('not subscriptable', lambda: 'abc'.translate(5))
show('no args', lambda: 'abc'.translate())
show('two args', lambda: 'abc'.translate({}, 1))
show('keyword', lambda: 'abc'.translate(table={}))

class Raises:
    def __getitem__(self, k):
        if k == ord('b'):
            raise ValueError('no b')
        raise KeyError(k)
show('raises', lambda: 'abc'.translate(Raises()))

class Index:
    def __getitem__(self, k):
        raise IndexError(k)
show('indexerror keeps', lambda: 'abc'.translate(Index()))

class Counting:
    """Records every lookup: CPython caches ASCII lookups and rescans around deletions."""
    def __init__(self, m):
        self.m = m
        self.log = []
    def __getitem__(self, k):
        self.log.append(chr(k))
        return self.m[k]

cases = [
    ('abcabc', {97: 'x', 98: None}),
    ('aabbccaa', {98: 'é'}),
    ('abcdcba', {98: None, 99: None, 100: 'Z'}),
    ('héllo', {104: None, 108: 'L'}),
    ('xyzzy', {121: 200, 122: 'ab'}),
    ('aaa', {97: None}),
    ('aéa', {97: None}),
    ('mississippi', {ord('s'): 'S', ord('i'): None}),
]
for s, m in cases:
    c = Counting(m)
    r = s.translate(c)
    print(repr(s), '->', repr(r), 'lookups:', ''.join(c.log))
