# 4000 LCG-generated format specs ([[fill]align][sign][z][#][0][width][grouping][.prec][type])
# applied with format() and as %-conversions to ints, floats (tiny, huge, inf, nan), bools, strs.
seed = 31337
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
def pick(xs): return xs[rnd(len(xs))]
def spec():
    s = ''
    if rnd(3) == 0: s += pick(['*', '0', ' ', 'é', '{', '<']) + pick('<>^=')
    elif rnd(3) == 0: s += pick('<>^=')
    if rnd(3) == 0: s += pick('+- ')
    if rnd(8) == 0: s += 'z'
    if rnd(4) == 0: s += '#'
    if rnd(4) == 0: s += '0'
    if rnd(2) == 0: s += str(rnd(25))
    if rnd(4) == 0: s += pick(',_')
    if rnd(2) == 0: s += '.' + str(rnd(20))
    if rnd(5) != 0: s += pick('bcdeEfFgGnosxX%')
    return s
def val():
    k = rnd(8)
    if k == 0: return rnd(2000000) - 1000000
    if k == 1: return (rnd(2000000) - 1000000) / (rnd(1000) + 1)
    if k == 2: return pick([0.0, -0.0, 1e300, -1e-300, 5e-324, float('inf'), float('nan'), 1e16, 0.5, 2.5, 1.005, 123456789.125])
    if k == 3: return pick([True, False])
    if k == 4: return pick(['', 'abc', 'éx'])
    if k == 5: return (rnd(100000) - 50000) * 10.0 ** (rnd(40) - 20)
    if k == 6: return rnd(300) - 150
    return 2 ** rnd(60) * pick([1, -1])
for i in range(4000):
    v = val(); s = spec()
    try: r = repr(format(v, s))
    except Exception as e: r = type(e).__name__ + ': ' + str(e)
    try: r2 = repr(('%' + s) % v) if rnd(3) == 0 else ''
    except Exception as e: r2 = type(e).__name__ + ': ' + str(e)
    print(i, repr(v), repr(s), r, r2)
