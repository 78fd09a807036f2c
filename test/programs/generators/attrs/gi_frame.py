# gi_frame is the generator's frame object: f_lineno follows the yields, f_locals the
# variables, f_back is the resumer while it runs and None while suspended; after the generator
# finishes gi_frame is None, and a frame object kept from before holds the last line and locals.
import sys


def walk(items):
    total = 0
    me = sys._getframe()
    print('inside:', me is it.gi_frame, me.f_back.f_code.co_name)
    for x in items:
        total += x
        yield total
    note = 'done'
    yield note


def driver():
    return next(it)


it = walk([1, 2])
f = it.gi_frame
print(f.f_code.co_name, f.f_lineno, f.f_locals, f.f_back)
print(driver())
print(f.f_lineno, sorted(f.f_locals), f.f_locals['total'], f.f_back)
print(next(it), f.f_locals['total'], f.f_locals['x'])
print(next(it), f.f_lineno, f.f_locals['note'])
print(it.gi_frame is f, f.f_globals is globals())
print(list(it), it.gi_frame)
print(f.f_lineno, f.f_locals['total'], f.f_locals['note'], f.f_back)
try:
    f.f_back = None
except AttributeError as e:
    print('AttributeError:', e)
