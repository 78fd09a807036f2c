# Bit-exact arithmetic over many pseudo-random operands spread across magnitudes: products,
# Smith's quotients, abs (glibc's hypot) and integral powers must all equal CPython's.
state = 2024
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state
def rfloat():
    r = rnd()
    mant = (r >> 11) / 2 ** 53
    scale = 2.0 ** ((r % 61) - 30)
    return -mant * scale if (r >> 7) & 1 else mant * scale
digest = 0
lines = []
for i in range(1500):
    a = complex(rfloat(), rfloat())
    b = complex(rfloat(), rfloat())
    n = rnd() % 31 - 15
    results = (a + b, a - b, a * b, a / b, abs(a), a ** n, a ** 2, (a * b) ** -1, b.conjugate() * a)
    text = ' '.join(map(repr, results))
    for ch in text:
        digest = (digest * 131 + ord(ch)) % 1000000007
    if i % 150 == 0:
        lines.append(text)
print('\n'.join(lines))
print('digest', digest)
for k in range(-1074, 1024, 97):
    x = 2.0 ** k
    print(k, abs(complex(x, x * 0.75)), abs(complex(x * 3, x * 4)), abs(complex(x, 2.0 ** -1074)))
