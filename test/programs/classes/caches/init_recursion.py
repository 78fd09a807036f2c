# RecursionError through class instantiation counts the levels CPython counts: the call of the
# class and the __init__ frame.
import sys


class A:
    def __init__(self, n):
        if n:
            A(n - 1)


def deepest(limit):
    lo, hi = 1, 5000
    while lo < hi:
        m = (lo + hi + 1) // 2
        try:
            A(m)
            lo = m
        except RecursionError:
            hi = m - 1
    return lo


print(deepest(1000))
sys.setrecursionlimit(300)
print(deepest(300))
sys.setrecursionlimit(1000)
try:
    A(10000)
except RecursionError as e:
    print(type(e).__name__, e)
print(A(10) is not None)
