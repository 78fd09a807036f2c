# strftime and asctime check the time tuple: normalized zeros, CPython's range errors.
import time

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

base = [2024, 1, 1, 0, 0, 0, 0, 1, 0]
def with_(i, v):
    t = list(base)
    t[i] = v
    return tuple(t)

for i, vals in [(1, [0, 1, 12, 13, -1]), (2, [0, 31, 32, -1]), (3, [23, 24, -1]), (4, [59, 60]),
                (5, [60, 61, 62, -1]), (6, [6, 7, -1, -2]), (7, [0, 366, 367, -1]), (8, [-5, 5])]:
    for v in vals:
        attempt(f'field {i} = {v}', lambda: time.strftime('%Y-%m-%d %H:%M:%S %a %j %Z', with_(i, v)))
attempt('asctime bad month', lambda: time.asctime(with_(1, 13)))
attempt('short tuple', lambda: time.strftime('%Y', (2024, 1)))
attempt('long tuple', lambda: time.strftime('%Y', tuple(base) + (0,)))
attempt('list', lambda: time.strftime('%Y', base))
attempt('str', lambda: time.strftime('%Y', 'abc'))
attempt('float item', lambda: time.strftime('%Y', with_(0, 2024.0)))
attempt('str item', lambda: time.strftime('%Y', with_(0, '2024')))
attempt('huge item', lambda: time.strftime('%Y', with_(0, 2**40)))
attempt('tiny item', lambda: time.strftime('%Y', with_(0, -2**40)))
attempt('format int', lambda: time.strftime(1))
attempt('nul', lambda: time.strftime('a\0b', tuple(base)))
attempt('no args', lambda: time.strftime())
attempt('three', lambda: time.strftime('%Y', tuple(base), 1))
attempt('kw', lambda: time.strftime(format='%Y'))
attempt('asctime kw', lambda: time.asctime(t=None))
attempt('asctime two', lambda: time.asctime(1, 2))
attempt('asctime int', lambda: time.asctime(5))
