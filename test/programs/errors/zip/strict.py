# zip(strict=True) raises ValueError naming the shorter/longer argument.
print(list(zip([1, 2], 'ab', strict=True)))
for args in (([1, 2, 3], [1, 2]), ([1], [1, 2]), ([1, 2], [1, 2], [1])):
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print(e)
list(zip('abc', range(2), strict=True))
