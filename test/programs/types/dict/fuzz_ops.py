# 3000 LCG-driven dict operations: get/pop/popitem/setdefault/update/| and |=, key and item
# view set operations, fromkeys, equality, reversed views, mutation during iteration.
seed = 7777
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
def rk():
    k = rnd(7)
    return [rnd(6), 'k' + str(rnd(5)), (rnd(3),), rnd(6) + 0.0, True, None, frozenset({rnd(2)})][k]
D = {}
E = {}
ops = ['set', 'del', 'get', 'pop', 'popitem', 'setdefault', 'update', 'or', 'ior', 'keys&', 'keys|', 'keys-', 'keys^', 'items&', 'items-', 'isdisjoint', 'fromkeys', 'eq', 'copy', 'reversed', 'values', 'in', 'clear', 'len', 'iterchange']
for i in range(3000):
    op = ops[rnd(len(ops))]
    try:
        if op == 'set': D[rk()] = rnd(100); r = None
        elif op == 'del': del D[rk()]; r = None
        elif op == 'get': r = D.get(rk(), 'dflt') if rnd(2) else D[rk()]
        elif op == 'pop': r = D.pop(rk(), 'dflt') if rnd(2) else D.pop(rk())
        elif op == 'popitem': r = D.popitem()
        elif op == 'setdefault': r = D.setdefault(rk(), rnd(9))
        elif op == 'update': D.update({rk(): 1} if rnd(2) else [(rk(), 2)], **({'kw': 3} if rnd(3) == 0 else {})); r = None
        elif op == 'or': r = D | {rk(): 'o'}
        elif op == 'ior': D |= [(rk(), 'io')]; r = None
        elif op == 'keys&': r = sorted(map(repr, D.keys() & {rk(), rk()}))
        elif op == 'keys|': r = sorted(map(repr, D.keys() | [rk()]))
        elif op == 'keys-': r = sorted(map(repr, D.keys() - {rk()}))
        elif op == 'keys^': r = sorted(map(repr, D.keys() ^ {rk()}))
        elif op == 'items&': r = sorted(map(repr, D.items() & {(rk(), rnd(100))}))
        elif op == 'items-': r = sorted(map(repr, D.items() - set(list(D.items())[:2])))
        elif op == 'isdisjoint': r = D.keys().isdisjoint([rk()])
        elif op == 'fromkeys': r = dict.fromkeys([rk(), rk()], rnd(3))
        elif op == 'eq': r = (D == dict(D), D == E, D != {})
        elif op == 'copy': E = D.copy(); r = None
        elif op == 'reversed': r = list(reversed(D.items()))[:3]
        elif op == 'values': r = list(D.values())[-3:]
        elif op == 'in': r = rk() in D
        elif op == 'clear':
            if rnd(8) == 0: D.clear()
            r = None
        elif op == 'len': r = len(D)
        elif op == 'iterchange':
            for k in D:
                D[rk()] = 0
            r = 'no error'
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    if len(D) > 25: D = dict(list(D.items())[10:])
    print(i, op, r, D)
