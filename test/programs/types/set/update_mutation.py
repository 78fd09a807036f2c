# update() from many sources; growth as items arrive; copy() independence.
s = {1}
s.update([2, 3], (4,), {5}, frozenset([6]), {7: 'x'}, {8: 1}.keys(), 'ab', range(9, 12))
print(s)
s.update(iter([100, 101]), map(lambda v: v * 2, [50]), zip([1], [2]))
print(s)
c = s.copy()
c.add('new')
print('new' in s, 'new' in c, len(c) - len(s), type(c))
d = {}
for i in range(30):
    d[i * 3] = i
t = set(d)
print(t)
t2 = set(d.keys())
print(t2 == t, t2)
u = set()
for i in range(20):
    u.update(range(i, i + 3))
print(u)
v = set(range(10))
v.update(v, v)
print(v)
w = set(range(5))
w.update(set(range(3, 40)))
print(w)
x = set()
x.update(set(range(0, 50, 5)))
print(x)
