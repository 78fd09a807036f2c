# The gc module's names, constants, documentation and argument errors.
import gc
import sys
print(sorted(n for n in vars(gc) if not n.startswith("__")))
print(gc.__name__, repr(gc))
print(gc.__doc__.splitlines()[0])
print(type(gc.collect).__name__)
print("gc" in sys.builtin_module_names, "_weakref" in sys.builtin_module_names)
print(gc.isenabled(), len(gc.get_threshold()), type(gc.garbage).__name__, type(gc.callbacks).__name__)
import gc as again
print(again is gc, again.garbage is gc.garbage)
for name in ("enable", "disable", "isenabled", "get_count", "get_threshold", "get_debug",
             "freeze", "unfreeze", "get_freeze_count", "get_stats"):
    try:
        getattr(gc, name)(1)
    except TypeError as e:
        print(e)
try:
    gc.get_referrers(x=1)
except TypeError as e:
    print(e)
