# list slice assignment and deletion over a matrix of slices (steps, negative and out-of-range
# bounds, empty ranges) and right-hand sides (lists, str, range, generators): the results and
# CPython's ValueError texts for extended slices of the wrong size.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))
def sa(l, s, v):
    l = list(l); l[s] = v; return l
def ds(l, s):
    l = list(l); del l[s]; return l
L = list(range(10))
for s in [slice(None), slice(1, 5), slice(None, None, 2), slice(None, None, -1), slice(8, 2, -2), slice(-3, None), slice(5, 1), slice(100, 200), slice(None, None, 3), slice(1, 9, -1), slice(-100, 100, 4)]:
    for v in [[], ['a'], ['a', 'b', 'c'], 'xyz', range(2), (i for i in 'pq')]:
        t(('sa', s, type(v).__name__, len(v) if hasattr(v, '__len__') else -1), lambda: sa(L, s, v))
    t(('ds', s), lambda: ds(L, s))
t('step0', lambda: L[::0])
t('sa0', lambda: sa(L, slice(None, None, 0), []))
t('sai', lambda: sa(L, slice(1, 3), 5))
