# Iteration order of int sets: growth, collisions, dummies reused after deletions, big tables.
print(set(range(5)), set(range(5, 0, -1)), {8, 0, 16, 24})
print({7, 15, 23, 31, 39}, {64, 128, 256, 512, 1024})
print({-5, -4, -3, -2, -1, 0}, {-8, 8, -16, 16})
print(set([i * 8 for i in range(12)]))
print(set([i * 1000003 for i in range(15)]))
print(set([2**i for i in range(62)]))
print(set([-(2**i) for i in range(20)]))
s = set()
for i in range(40):
    s.add(i * 37 % 101)
print(s)
for i in range(0, 101, 2):
    s.discard(i)
print(s)
for i in range(200, 230):
    s.add(i)
print(s)
t = set(range(1000))
for i in range(990):
    t.remove(i)
print(t)
t.add(5000)
t.add(1)
print(t)
u = {1, 2, 3, 4, 5}
u.remove(3)
u.add(11)
print(u)
v = set(range(0, 400, 9))
print(v)
print(set([10**15 + i for i in range(6)]))
print({2**61 - 1, 2**61, 2**61 + 1, -2**61})
