# Many allocations and frees: big lists and dicts built, shrunk and dropped. The leak check
# after the run must still find the heap back at its baseline.
items = []
for i in range(200000):
    items.append(i * 3)
total = 0
for x in items:
    total += x
print(len(items), total)
while len(items) > 100:
    items.pop()
print(len(items), items[-1])
d = {}
for i in range(50000):
    d[i] = str(i)
print(len(d), d[49999], d[12345])
for i in range(0, 50000, 2):
    del d[i]
print(len(d), d.get(2), d.get(3))
nested = []
for i in range(1000):
    nested.append([i, (i, str(i)), {'k': i}])
print(nested[999])
items = None
d = None
nested = None
print('dropped')
