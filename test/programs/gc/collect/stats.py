# get_stats(): per generation, collections run, objects collected, uncollectable ones.
import gc
gc.disable()
gc.collect()
before = gc.get_stats()
print(len(before), sorted(before[0]))
print(list(before[0]))

for i in range(3):
    l = []
    l.append(l)
    del l
    gc.collect(0)
x = {}
x["x"] = x
del x
gc.collect(1)
y = [[]]
y[0].append(y)
del y
gc.collect()

after = gc.get_stats()
for g in range(3):
    print(g, {k: after[g][k] - before[g][k] for k in after[g]})
