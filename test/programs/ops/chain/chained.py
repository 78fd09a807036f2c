# Chained comparisons evaluate each operand once and short-circuit.
calls = []


def v(x):
    calls.append(x)
    return x


print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 >= 1, 1 == 1 != 2)
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(5) < v(2) < v(3))
print(calls)
x = 5
print(0 <= x < 10, 'a' < 'b' <= 'b', 1 < x in [5], None is None is not False)
print([1, 2] < [1, 3] < [2], (1, 'a') < (1, 'b'))
