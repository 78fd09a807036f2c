# range: repr/len/bool, start/stop/step, indexing and slicing (also of huge ranges), in with
# ints/floats/bools, index/count, reversed, equality and hash; slice objects: repr, indices().
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))
R = [range(0), range(5), range(1, 10, 3), range(10, 0, -2), range(-5, 5), range(5, 5), range(0, -10, -3)]
R2 = [range(2**60), range(-2**62, 2**62, 2**40)]
for r in R:
    t(('repr', r), lambda: (repr(r), str(r), len(r), bool(r)))
    t(('attrs', r), lambda: (r.start, r.stop, r.step))
    t(('idx', r), lambda: (r[0], r[-1]))
    t(('slice', r), lambda: (r[1:3], r[::-1], r[::2], r[-100:100], r[3:1], r[::-3]))
    t(('contains', r), lambda: (3 in r, 3.0 in r, 4 in r, 'a' in r, True in r, -5 in r))
    t(('index', r), lambda: r.index(4))
    t(('count', r), lambda: (r.count(4), r.count(4.0), r.count('a')))
    t(('list', r), lambda: list(r)[:5] if len(r) < 100 else 'big')
    t(('rev', r), lambda: list(reversed(r))[:5] if len(r) < 100 else next(reversed(r)))
    t(('hash', r), lambda: hash(r) == hash(range(r.start, r.stop, r.step)))
t('eq', lambda: (range(0) == range(5, 5), range(1, 10, 3) == range(1, 11, 3), range(1) == range(1, 2, 5), range(3) == [0,1,2], range(3) != range(4)))
t('hasheq', lambda: (hash(range(0)) == hash(range(3, 3)), hash(range(1)) == hash(range(1, 2, 5))))
t('step0', lambda: range(1, 2, 0))
t('flt', lambda: range(1.5))
t('str', lambda: range('a'))
t('args', lambda: range())
t('args4', lambda: range(1, 2, 3, 4))
t('kw', lambda: range(stop=3))
t('idxerr', lambda: range(3)[3])
t('idxerr2', lambda: range(3)['a'])
t('idxerr3', lambda: range(3).index(5))
t('lt', lambda: range(3) < range(4))
t('hugelen', lambda: len(range(-2**62, 2**62)))
class I:
    def __index__(self): return 4
t('index', lambda: (range(I()), range(10)[I()], I() in range(10)))
t('iter', lambda: list(iter(range(3))))
t('slicestep0', lambda: range(10)[::0])
sl = [slice(None), slice(1), slice(1, 2), slice(1, 2, 3), slice(None, None, -1), slice('a', 'b'), slice(-5, None, 2)]
for s in sl:
    t(('slice', s), lambda: (repr(s), s.start, s.stop, s.step))
    for n in [0, 3, 10]:
        t(('indices', s, n), lambda: s.indices(n))
t('sleq', lambda: (slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1) < slice(2), slice(1, 2) != slice(1, 3), slice(1,2) <= slice(1, 2)))
t('slneg', lambda: slice(1).indices(-1))
t('slstep0', lambda: slice(None, None, 0).indices(5))
t('slhash', lambda: hash(slice(1)))
t('slargs', lambda: slice())
t('slargs4', lambda: slice(1,2,3,4))
t('slflt', lambda: slice(1.5).indices(3))
t('slbig', lambda: slice(-2**62, 2**62, 2**61).indices(10))
t('slrepr', lambda: repr(slice('a', [1], (2,))))
t('slkw', lambda: slice(stop=1))
for r in R2:
    t(('repr', r), lambda: (repr(r), str(r), len(r), bool(r)))
    t(('idx', r), lambda: (r[0], r[-1], r[12345]))
    t(('slice', r), lambda: (r[1:3], r[::-1], r[::2], r[-100:100], r[3:1], r[::-3]))
    t(('contains', r), lambda: (3 in r, 4 in r, True in r, -5 in r, 2**40 in r))
    t(('index', r), lambda: r.index(2**40))
    t(('count', r), lambda: (r.count(2**40)))
    t(('rev', r), lambda: next(reversed(r)))
