# Comprehension variables do not leak; they close over the enclosing scope.
x = 'outer'
r = [x for x in range(3)]
print(r, x)


def f(n):
    k = 10
    return [k + i for i in range(n)]


print(f(3))


def g():
    funcs = [(lambda: i * 2) for i in range(3)]
    return [h() for h in funcs]


print(g())
print([(a, b) for a, b in [(1, 2), (3, 4)]])
print([first for first, *rest in ['abc', 'de']])
