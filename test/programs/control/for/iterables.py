# for iterates over strs, lists, tuples, dicts and ranges.
for ch in 'héy':
    print(ch)
for item in [1, 'two', 3.0]:
    print(item)
for item in ('a', 'b'):
    print(item)
for key in {'x': 1, 'y': 2}:
    print(key)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
total = 0
for n in range(1, 101):
    total += n
print(total)
