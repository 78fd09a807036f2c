# hypot with any number of coordinates and dist between points: CPython's vector norm.
import math

print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(-3, -4), math.hypot(1, 1))
print(repr(math.hypot(1, 2, 3)), repr(math.hypot(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)))
print(repr(math.hypot(1e200, 1e200)), repr(math.hypot(1e-200, 1e-200)), repr(math.hypot(5e-324, 5e-324)))
print(repr(math.hypot(1.7976931348623157e308, 1.0)), repr(math.hypot(0.1, 0.2, 0.3)))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(-math.inf, 3), math.hypot(0.0, -0.0))
print(repr(math.hypot(*[0.1] * 100)), repr(math.hypot(*range(1, 30))))
print(repr(math.hypot(3.0, 4.0000000000000001)), repr(math.hypot(1e-310, 3e-310)))
vals = [2.0 ** k for k in range(-5, 6)]
print([repr(math.hypot(a, b)) for a in vals[:4] for b in vals[-3:]])
try:
    math.hypot(1.7976931348623157e308, 1.7976931348623157e308)
except OverflowError as e:
    print('overflow?', e)
else:
    print('inf result', math.hypot(1.7976931348623157e308, 1.7976931348623157e308))

print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 5, 6]), math.dist((), ()), math.dist([1.5], [-2.5]))
print(repr(math.dist((0.1, 0.2), (0.3, 0.4))), repr(math.dist(range(5), range(5, 10))))
print(math.dist((1, math.inf), (2, 3)), math.dist((math.nan, 0), (0, 0)))

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('lengths', lambda: math.dist((1, 2), (1,)))
attempt('not iterable', lambda: math.dist(1, 2))
attempt('str coord', lambda: math.dist(['a'], [1]))
attempt('one arg', lambda: math.dist((1,)))
attempt('keywords', lambda: math.dist(p=(1,), q=(2,)))
attempt('hypot str', lambda: math.hypot(1, 'b'))
attempt('hypot kw', lambda: math.hypot(x=1))
attempt('dist str', lambda: math.dist('ab', 'cd'))
