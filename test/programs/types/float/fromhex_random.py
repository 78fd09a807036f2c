# float.fromhex on 4000 LCG-generated hex strings (digits, point, exponent, sign, prefix)
# against CPython: round-half-even to 53 bits, subnormals, overflow; then hex() round trips.
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
H = '0123456789abcdefABCDEF'
out = []
for i in range(4000):
    nd = rnd(25) + 1
    digs = ''.join(H[rnd(22)] if rnd(4) else '0' for _ in range(nd))
    p = rnd(nd + 1)
    s = digs[:p] + ('.' if rnd(3) else '') + digs[p:]
    e = rnd(2300) - 1150 if rnd(2) else rnd(40) - 20
    s = ('-' if rnd(2) else '') + ('0x' if rnd(2) else '') + s + ('p%d' % e if rnd(5) else '')
    try:
        v = float.fromhex(s)
        out.append((s, v.hex(), repr(v)))
    except Exception as ex:
        out.append((s, type(ex).__name__))
for o in out: print(o)
for x in [0.1, 1/3, 5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1e308, -0.0]:
    assert float.fromhex(x.hex()) == x, x
print('roundtrip ok')
