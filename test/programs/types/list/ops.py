# len, in, concatenation, repetition and equality of lists.
a = [1, 2, 3]
b = [4, 5]
print(len(a), len([]), len([[1, 2, 3]]))
print(2 in a, 9 in a, 9 not in a, [1] in [[1], [2]])
print(a + b)
print(a * 2)
print([0] * 5)
print([] * 3)
print(a == [1, 2, 3], a != [1, 2], a == [1, 2, 3.0])
print(a < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0])
print(a)
