# NameError / UnboundLocalError messages, including free variables and del.
def a():
    print(y)
    y = 1


def b():
    z = 1
    del z
    return z


def c():
    def inner():
        return w
    inner()
    w = 2


def d():
    return not_defined_anywhere


for f in (a, b, c, d):
    try:
        f()
    except NameError as e:
        print(type(e).__name__ + ':', e)
