# freeze() moves every tracked object where collections do not look; unfreeze() brings them
# back to the oldest generation, where a collection finds the garbage among them.
import gc
gc.disable()
gc.collect()
print(gc.get_freeze_count())
x = []
x.append(x)
gc.freeze()
print("frozen:", gc.get_freeze_count() > 0)
n = gc.get_freeze_count()
del x
print("collect skips frozen:", gc.collect())
y = []
y.append(y)
del y
print("new garbage still found:", gc.collect())
print("count unchanged:", gc.get_freeze_count() == n)
gc.unfreeze()
print(gc.get_freeze_count())
print("after unfreeze:", gc.collect())
z = []
z.append(z)
gc.freeze()
del z
try:
    gc.freeze(1)
except TypeError as e:
    print(e)
print("left frozen at exit")
