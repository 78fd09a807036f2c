# gc.collect() returns the number of unreachable objects, counted as CPython counts them:
# lists, dicts and sets holding themselves, each alone and several at once.
import gc
gc.disable()
gc.collect()

l = []
l.append(l)
del l
print("list holding itself:", gc.collect())

d = {}
d["me"] = d
del d
print("dict holding itself:", gc.collect())

a = []
b = [a]
a.append(b)
del a, b
print("two lists:", gc.collect())

ring = [[] for _ in range(5)]
for i in range(5):
    ring[i].append(ring[(i + 1) % 5])
del ring[:]
del ring
print("ring of five:", gc.collect())

x = {"k": None}
y = [x]
x["k"] = y
del x, y
print("dict and list:", gc.collect())

print("nothing left:", gc.collect())
for n in range(1, 4):
    for _ in range(n):
        z = []
        z.append(z)
    del z
    print(n, "self-cycles:", gc.collect())
