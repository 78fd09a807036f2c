# locals() in a function returns the frame's one dict, refreshed by each call (CPython 3.11):
# an earlier result sees later bindings, and names unbound since are gone from it.
def f():
    a = 1
    first = locals()
    b = 2
    second = locals()
    print(first is second, sorted(first))


f()


def g():
    x = 1
    d = locals()
    del x
    locals()
    print(sorted(d), d is locals())
    y = 5
    print(sorted(d))


g()
