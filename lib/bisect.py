"""Bisection algorithms (pyrite's bisect module).

The searches compare with `<` only, as CPython's C functions do: bisect_right/insort_right
test `x < a[mid]`, bisect_left/insort_left test `a[mid] < x`; with key=, key(a[mid]) stands
for a[mid] (and insort applies key to x once). a needs only __len__ and __getitem__; insort
calls a.insert().
"""

from _cargs import clinic as _clinic, index as _index, MISSING as _MISSING


def _bounds(name, args, kwargs):
    # the C functions' parameters (a, x, lo=0, hi=None, *, key=None); hi -1 means len(a) too
    a, x, lo, hi, key = _clinic(name, args, kwargs, ('a', 'x', 'lo', 'hi', 'key'), 2, 1)
    lo = 0 if lo is _MISSING else _index(lo)
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is _MISSING or hi is None:
        hi = -1
    else:
        hi = _index(hi)
    if hi == -1:
        hi = len(a)
    return a, x, lo, hi, None if key is _MISSING else key


def bisect_right(*args, **kwargs):
    a, x, lo, hi, key = _bounds('bisect_right', args, kwargs)
    return _right(a, x, lo, hi, key)


def _right(a, x, lo, hi, key):
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def bisect_left(*args, **kwargs):
    a, x, lo, hi, key = _bounds('bisect_left', args, kwargs)
    return _left(a, x, lo, hi, key)


def _left(a, x, lo, hi, key):
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def insort_right(*args, **kwargs):
    a, x, lo, hi, key = _bounds('insort_right', args, kwargs)
    i = _right(a, x if key is None else key(x), lo, hi, key)
    a.insert(i, x)


def insort_left(*args, **kwargs):
    a, x, lo, hi, key = _bounds('insort_left', args, kwargs)
    i = _left(a, x if key is None else key(x), lo, hi, key)
    a.insert(i, x)


bisect = bisect_right
insort = insort_right
