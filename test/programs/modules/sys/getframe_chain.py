# sys._getframe(depth) and the frame object: f_code, f_lineno (the current line of a running
# frame), f_globals, f_builtins, f_locals (refreshed on each read) and the f_back chain up to the
# module frame, whose f_back is None; a depth past the bottom is a ValueError.
import sys


def where(depth=1):
    f = sys._getframe(depth)
    return f'{f.f_code.co_name}:{f.f_lineno}'


def inner(a, b=2):
    me = sys._getframe()
    print(where(), where(2), where(3))
    print(sorted(me.f_locals))
    c = a + b
    print(sorted(me.f_locals), me.f_locals['c'], me.f_lineno)
    chain = []
    f = me
    while f is not None:
        chain.append(f.f_code.co_name)
        f = f.f_back
    print(chain)
    print(me.f_globals is globals(), me.f_builtins is __builtins__.__dict__)
    print(me.f_back.f_locals['token'], me.f_code is inner.__code__)


def outer():
    token = 'outer-local'
    inner(1)


outer()
top = sys._getframe()
print(top.f_code.co_name, top.f_back, top.f_locals is globals(), where(1))
print(sys._getframe(0).f_code.co_name, sys._getframe(-3).f_code.co_name)
for bad in (1, 100):
    try:
        sys._getframe(bad)
    except ValueError as e:
        print('ValueError:', e)
for args in ((1.5,), ('1',), (0, 1)):
    try:
        sys._getframe(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    sys._getframe(depth=0)
except TypeError as e:
    print('TypeError:', e)
