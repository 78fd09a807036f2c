# Indexing, slicing, len, membership, concatenation and comparison of tuples.
t = (10, 'b', 3.5, None, (1, 2))
print(t[0], t[-1], t[4][1])
print(len(t), len(()))
print(t[1:3], t[::-1], t[:0])
print('b' in t, 'z' in t)
print((1, 2) + (3,))
print((0,) * 3)
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0))
for item in (3, 2, 1):
    print(item)
