# 3000 LCG-driven list operations (insert/pop/remove/index with bounds, slice assignment and
# deletion with steps, sort with key/reverse, comparisons, in-place ops) with errors.
seed = 424242
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
def rint(): return rnd(15) - 7
def rv():
    k = rnd(6)
    return [rint(), rint() / 2, 'x' + str(rnd(3)), (rnd(2),), None, True][k]
def rsl():
    return slice(rint() if rnd(3) else None, rint() if rnd(3) else None, (rint() or 2) if rnd(2) else None)
L = []
ops = ['append', 'insert', 'pop', 'remove', 'index', 'count', 'extend', 'setslice', 'delslice', 'getslice', 'sort', 'reverse', 'setitem', 'delitem', 'mul', 'iadd', 'imul', 'cmp', 'contains', 'copy', 'clear']
for i in range(3000):
    op = ops[rnd(len(ops))]
    try:
        if op == 'append': L.append(rv()); r = None
        elif op == 'insert': L.insert(rint() * 2, rv()); r = None
        elif op == 'pop': r = L.pop(rint()) if rnd(2) else L.pop()
        elif op == 'remove': L.remove(rv()); r = None
        elif op == 'index': r = L.index(rv(), rint(), rint()) if rnd(2) else L.index(rv())
        elif op == 'count': r = L.count(rv())
        elif op == 'extend': L.extend([rv() for _ in range(rnd(4))] if rnd(2) else (rv(),)); r = None
        elif op == 'setslice': L[rsl()] = [rv() for _ in range(rnd(5))]; r = None
        elif op == 'delslice': del L[rsl()]; r = None
        elif op == 'getslice': r = L[rsl()]
        elif op == 'sort':
            L.sort(key=lambda v: repr(v), reverse=bool(rnd(2))) if rnd(2) else L.sort(); r = None
        elif op == 'reverse': L.reverse(); r = None
        elif op == 'setitem': L[rint()] = rv(); r = None
        elif op == 'delitem': del L[rint()]; r = None
        elif op == 'mul': r = L * rint()
        elif op == 'iadd': L += [rv()]; r = None
        elif op == 'imul': L *= rnd(3); r = None
        elif op == 'cmp': r = (L < [rv()], L == L[:], L >= [])
        elif op == 'contains': r = rv() in L
        elif op == 'copy': r = L.copy() == L
        elif op == 'clear':
            if rnd(10) == 0: L.clear()
            r = None
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    if len(L) > 40: del L[20:]
    print(i, op, r, L)
