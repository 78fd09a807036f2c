# memoryview slices of slices over a bytearray, written through and released, over random bounds.
seed = 4242
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ':' + str(e)
    print(label, repr(r))
for i in range(60):
    n = rnd(10)
    base = bytearray(bytes(range(65, 65 + n)))
    m = memoryview(base)
    a, b, st = rnd(14) - 7, rnd(14) - 7, (rnd(7) - 3) or 1
    v = m[a:b:st]
    show('view', lambda: (v.tolist(), v.tobytes(), len(v), v.strides, v.hex(), v == bytes(v)))
    a2, b2, st2 = rnd(8) - 4, rnd(8) - 4, (rnd(5) - 2) or 1
    w = v[a2:b2:st2]
    show('view2', lambda: (w.tolist(), len(w), w.contiguous, bytes(w)))
    def assign():
        k = len(w)
        w[:] = bytes(range(97, 97 + k))
        return base
    show('assign', assign)
    def item():
        if len(v):
            v[rnd(len(v))] = 48 + rnd(10)
            v[-1] = 33
        return base, v.tolist()
    show('item', item)
    show('resize', lambda: base.append(1))
    w.release(); v.release(); m.release()
    show('after', lambda: (base.append(2), bytes(base)))
