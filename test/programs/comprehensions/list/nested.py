# Nested list comprehensions: multiple for clauses, conditions, and a comprehension in the element.
print([(x, y) for x in range(3) for y in range(x)])
print([x * y for x in range(1, 4) if x != 2 for y in range(1, 4) if y > x])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
print([c + str(n) for c in 'ab' for n in [1, 2]])
print([[j for j in range(i)] for i in range(4)])
