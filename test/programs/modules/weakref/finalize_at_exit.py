# Finalizers still alive when the program ends are called then, newest first, unless their
# atexit flag is off; they run before the module's globals are cleared.
import weakref


class Conn:
    def __init__(self, name):
        self.name = name


def close(name):
    print("closing", name, "config still there:", CONFIG["ok"])


CONFIG = {"ok": True}
a = Conn("a")
b = Conn("b")
c = Conn("c")
weakref.finalize(a, close, "a")
weakref.finalize(b, close, "b")
fc = weakref.finalize(c, close, "c")
fc.atexit = False
weakref.finalize(Conn("temp"), close, "temp")
print("end of program")
