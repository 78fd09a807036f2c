# gc.get_objects(): every tracked object (of one generation, or all), never atoms, untracked
# dicts or the result list itself.
import gc
gc.disable()
gc.collect()


class Marker:
    pass


m = Marker()
lst = [m]
atomic = {"a": 1}
objs = gc.get_objects()
print(any(o is m for o in objs), any(o is lst for o in objs))
print(any(o is atomic for o in objs), any(o is objs for o in objs))
print(all(gc.is_tracked(o) for o in objs))
young = gc.get_objects(0)
print(any(o is m for o in young))
gc.collect(0)
print(any(o is m for o in gc.get_objects(0)), any(o is m for o in gc.get_objects(1)))
gc.collect()
print(any(o is m for o in gc.get_objects(2)), any(o is m for o in gc.get_objects(generation=None)))
for bad in (3, -2):
    try:
        gc.get_objects(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    gc.get_objects("0")
except TypeError as e:
    print("TypeError", e)
