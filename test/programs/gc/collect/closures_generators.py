# Cycles through functions, closures (cells), generators and bound methods.
import gc
gc.disable()
gc.collect()


def outer():
    def inner():
        return inner
    return inner


f = outer()
del f
print("recursive closure:", gc.collect())


def plain():
    pass


plain.me = plain
del plain
print("function with its dict:", gc.collect())


class Widget:
    def handler(self):
        return self


w = Widget()
w.cb = w.handler
del w
print("instance + bound method:", gc.collect())


def gen(box):
    yield len(box)
    yield box


box = []
g = gen(box)
box.append(g)
next(g)
del g, box
print("suspended generator in a cycle:", gc.collect())


def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return inc
    return inc


c = counter()
c.self = c
del c
print("closure with cell and dict:", gc.collect())

fs = []
for i in range(3):
    def f(i=i):
        return fs
    fs.append(f)
del f
del fs
print("functions in a list they name:", gc.collect())
