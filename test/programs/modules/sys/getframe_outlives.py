# A frame object can outlive its frame: after the function returns it keeps the line it
# returned at, its final locals and its f_back; while the frame runs, sys._getframe() gives the
# same object each time. A frame object kept by an exception's handler survives unwinding too.
import sys


def work(n):
    me = sys._getframe()
    same = me is sys._getframe()
    total = n * 2
    return me, same


f, same = work(4)
print(same, f.f_code.co_name, f.f_lineno, f.f_locals['total'], f.f_locals['n'])
print(f.f_back.f_code.co_name, f.f_back.f_back)


def failing():
    frame = sys._getframe()
    local = 'kept'
    raise ValueError(frame)


def catcher():
    try:
        failing()
    except ValueError as e:
        return e.args[0]


g = catcher()
print(g.f_code.co_name, g.f_lineno, g.f_locals['local'], g.f_back.f_code.co_name, g.f_back.f_lineno)


def recurse(n):
    if n == 0:
        return sys._getframe()
    return recurse(n - 1)


deep = recurse(5)
names = []
while deep is not None:
    names.append((deep.f_code.co_name, deep.f_locals.get('n')))
    deep = deep.f_back
print(names)
