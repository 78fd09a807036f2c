# List literals, indexing (negative too), item assignment and nested lists.
a = [10, 20, 30, 40]
print(a)
print(a[0], a[3], a[-1], a[-4])
a[1] = 21
a[-1] = 'last'
print(a)
m = [[1, 2], [3, 4]]
print(m[1][0])
m[0][1] = 99
print(m)
print([])
print([None, True, 1.5, 'x', [2]])
