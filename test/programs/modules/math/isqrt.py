# isqrt: the exact integer square root.
import math

print([math.isqrt(n) for n in range(26)])
for n in [99, 100, 101, 2**52 - 1, 2**52, 2**62, 2**63 - 1, 10**18, 10**18 - 1, 999999999999999999,
          4503599761588224, 4503599761588223, 9223372030926249001, 9223372030926249000]:
    r = math.isqrt(n)
    print(n, r, r * r <= n and n - r * r <= 2 * r)
print(math.isqrt(True), math.isqrt(False), type(math.isqrt(True)).__name__)

class Idx:
    def __index__(self): return 50

print(math.isqrt(Idx()))
for bad in [-1, -10**18, 2.0, '4', None]:
    try:
        math.isqrt(bad)
    except (ValueError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
