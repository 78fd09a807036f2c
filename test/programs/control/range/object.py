# range objects themselves: len, repr, indexing and membership.
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(5, 0)))
print(range(3), range(1, 5), range(0, 10, 2))
print(range(10)[3], range(10)[-1], range(0, 20, 5)[2])
print(4 in range(5), 5 in range(5), 6 in range(0, 10, 3), 9 in range(0, 10, 3))
