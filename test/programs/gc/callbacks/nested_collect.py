# A collection started from a callback (or a finalizer) while one runs finds nothing: the
# running one is not re-entered. Callbacks may allocate and print.
import gc
gc.disable()
gc.collect()


def inner(phase, info):
    if phase == "start":
        l = []
        l.append(l)
        print("nested collect:", gc.collect())


class D:
    def __del__(self):
        print("in __del__, collect gives", gc.collect())


gc.callbacks.append(inner)
d = D()
d.me = d
del d
print("outer:", gc.collect())
gc.callbacks.clear()
print("leftover:", gc.collect())
