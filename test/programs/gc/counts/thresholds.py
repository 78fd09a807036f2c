# get_threshold/set_threshold: partial updates and argument errors. (The defaults are not
# printed: the collection-stress test runs every program with other thresholds.)
import gc
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(400, 20)
print(gc.get_threshold())
gc.set_threshold(300, 5, 3)
print(gc.get_threshold())
for args in [(), (1, 2, 3, 4), ("a",), (1.5,), (2 ** 40,), (-(2 ** 40),)]:
    try:
        gc.set_threshold(*args)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(gc.get_threshold())
try:
    gc.set_threshold(threshold0=5)
except TypeError as e:
    print("TypeError", e)
gc.set_threshold(700, 10, 10)
print(gc.get_threshold(), gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
