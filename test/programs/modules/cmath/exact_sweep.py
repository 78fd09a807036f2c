# The cmath results that use no trigonometric function (sqrt, and the real parts of log, log10,
# asinh, acosh and atanh: glibc's hypot, log, log1p and asinh, step for step), over many
# pseudo-random arguments spread across magnitudes.
import cmath
state = 31337
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state
def rfloat(spread):
    r = rnd()
    m = (r >> 11) / 2 ** 53
    e = (r % (2 * spread + 1)) - spread
    return (-m if (r >> 7) & 1 else m) * 2.0 ** e
digest = 0
for i in range(3000):
    z = complex(rfloat(8), rfloat(8)) if i % 3 else complex(rfloat(900), rfloat(900))
    parts = [cmath.sqrt(z), cmath.log(z).real, cmath.log10(z).real, cmath.asinh(z).real,
             cmath.acosh(z).real, cmath.atanh(z).real, abs(z)]
    text = ' '.join(map(repr, parts))
    for ch in text:
        digest = (digest * 257 + ord(ch)) % 2147483647
    if i % 300 == 0:
        print(text)
print('digest', digest)
