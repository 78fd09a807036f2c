# factorial, comb and perm within 64 bits; argument checks in CPython's order.
import math

print([math.factorial(n) for n in range(21)])
print(math.factorial(True), math.factorial(False))
print([math.comb(10, k) for k in range(12)])
print(math.comb(60, 30), math.comb(62, 31), math.comb(66, 33), math.comb(1000, 3), math.comb(10**9, 2))
print(math.comb(0, 0), math.comb(5, 0), math.comb(5, 5), math.comb(5, 6), math.comb(3, 10**18))
print([math.perm(6, k) for k in range(8)], math.perm(5), math.perm(5, None), math.perm(20), math.perm(0))
print(math.perm(10**6, 3), math.perm(2**31, 2), math.perm(4, 10**18))

class Idx:
    def __index__(self): return 6

print(math.factorial(Idx()), math.comb(Idx(), 2), math.perm(Idx(), Idx()), type(math.comb(True, True)).__name__)

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('neg', lambda: math.factorial(-1))
attempt('float', lambda: math.factorial(5.0))
attempt('str', lambda: math.factorial('5'))
attempt('comb neg n', lambda: math.comb(-1, 2))
attempt('comb neg k', lambda: math.comb(5, -2))
attempt('comb both neg', lambda: math.comb(-5, -2))
attempt('comb float', lambda: math.comb(5.0, 2))
attempt('comb float k', lambda: math.comb(5, 2.0))
attempt('comb one arg', lambda: math.comb(5))
attempt('comb kw', lambda: math.comb(n=5, k=2))
attempt('perm neg n', lambda: math.perm(-5, 2))
attempt('perm neg k', lambda: math.perm(5, -1))
attempt('perm neg alone', lambda: math.perm(-3))
attempt('perm none args', lambda: math.perm())
attempt('perm three', lambda: math.perm(1, 2, 3))
attempt('perm str', lambda: math.perm('a', 1))
attempt('factorial none', lambda: math.factorial())
