# weakref.finalize: called once when the object dies (or when called), with its arguments;
# alive, peek, detach and the atexit flag.
import gc
import weakref
gc.disable()


class Resource:
    def __init__(self, name):
        self.name = name


def cleanup(name, *, mode="close"):
    print("cleanup", name, mode)
    return name.upper()


r = Resource("file")
f = weakref.finalize(r, cleanup, "file", mode="flush")
print(f.alive, f.atexit, f.peek()[0] is r, f.peek()[1] is cleanup, f.peek()[2:])
del r
print(f.alive, f(), f.peek(), f.detach())

r = Resource("socket")
f = weakref.finalize(r, cleanup, "socket")
print(f(), f.alive, f())
del r
print("nothing more")

r = Resource("pipe")
f = weakref.finalize(r, cleanup, "pipe")
obj, func, args, kwargs = f.detach()
print(obj is r, func is cleanup, args, kwargs, f.alive, f.detach())
del r, obj
print("detached: no call")

r = Resource("cycle")
r.me = r
f = weakref.finalize(r, cleanup, "cycle")
del r
print("before collect", f.alive)
gc.collect()
print("after collect", f.alive)

r = Resource("quiet")
f = weakref.finalize(r, cleanup, "quiet")
f.atexit = False
print(f.atexit)
try:
    weakref.finalize(1, cleanup, "int")
except TypeError as e:
    print(e)
print(repr(f).startswith("<finalize object at 0x"))
del r
print(repr(f).endswith("; dead>"))
