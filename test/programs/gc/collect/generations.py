# collect(generation): younger collections only examine younger objects; survivors move up.
import gc
gc.disable()
gc.collect()

old = []
old.append(old)
gc.collect(0)          # old is still referenced: it survives into generation 1
gc.collect(1)          # ... and into generation 2
young = []
young.append(young)
del old, young
print("gen 0:", gc.collect(0))
print("gen 1:", gc.collect(1))
print("gen 2:", gc.collect(2))

a = []
a.append(a)
gc.collect(0)
del a
print("now in gen 1, gen 0 finds", gc.collect(0), "gen 1 finds", gc.collect(1))

b = []
b.append(b)
del b
print("keyword:", gc.collect(generation=0))
print("default:", gc.collect())

for bad in (3, -1, 10):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    gc.collect("2")
except TypeError as e:
    print("TypeError", e)
try:
    gc.collect(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    gc.collect(gen=1)
except TypeError as e:
    print("TypeError", e)
print(gc.collect(True), gc.collect(False))
