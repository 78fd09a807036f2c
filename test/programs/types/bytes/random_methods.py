# Many bytes/bytearray methods over pseudo-random inputs (a seeded LCG): a broad differential check.
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
ALPH = b'ab \t\n\r,xX\x00\xff1'
def rb(maxlen):
    return bytes(ALPH[rnd(len(ALPH))] for _ in range(rnd(maxlen + 1)))
def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ':' + str(e)
    print(label, repr(r))
for i in range(60):
    s = rb(12)
    t = rb(3)
    a = rnd(20) - 10
    b = rnd(20) - 10
    ba = bytearray(s)
    show('find', lambda: (s.find(t, a, b), s.rfind(t, a, b), s.count(t, a, b), ba.find(t, a), ba.rfind(t, None, b)))
    show('split', lambda: (s.split(t or None, rnd(4) - 1), s.rsplit(t or None, rnd(4) - 1), s.split(), s.rsplit(None, 1)))
    show('strip', lambda: (s.strip(t), s.lstrip(t), s.rstrip(t), s.strip(), ba.rstrip(), s.strip(None)))
    show('replace', lambda: (s.replace(t, b'<>', rnd(4) - 1), s.replace(b'', t, rnd(3)), ba.replace(t, b'')))
    show('part', lambda: (s.partition(t), s.rpartition(t), ba.partition(t)))
    show('sw', lambda: (s.startswith(t, a, b), s.endswith(t, a, b), s.startswith((t, b'a'), a), s.endswith(t, a)))
    show('lines', lambda: (s.splitlines(), s.splitlines(True)))
    show('case', lambda: (s.title(), s.capitalize(), s.swapcase(), s.istitle(), s.isspace(), s.isalnum()))
    show('pad', lambda: (s.center(a + 8, b'*'), s.ljust(b + 5), s.rjust(a), s.zfill(b + 6), s.expandtabs(rnd(5))))
    show('slice', lambda: (s[a:b:rnd(5) - 2 or 1], ba[b:a:-1], s[a:], list(memoryview(s)[a:b:2])))
    show('hex', lambda: (s.hex(':', a), s.hex('-', b), bytes.fromhex(s.hex(' ')) == s))
    show('dec', lambda: (ascii(s.decode('utf-8', 'replace')), ascii(s.decode('ascii', 'backslashreplace')), ascii(s.decode('latin-1'))))
    x = bytearray(s)
    def mut():
        x[a:b] = t
        y = bytearray(s)
        if len(y) > 0:
            del y[rnd(len(y))]
        z = bytearray(s)
        st = rnd(3) + 1
        z[::st] = bytes(len(z[::st]))
        w = bytearray(s)
        del w[a:b:-(rnd(3) + 1)]
        return x, y, z, w
    show('mut', mut)
