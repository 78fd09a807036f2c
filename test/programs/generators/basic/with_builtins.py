# Generators passed to builtins that iterate them from outside the loop.
def squares(n):
    for i in range(n):
        yield i * i

def letters():
    yield from "abcde"

print(list(zip(squares(5), letters())))
print(list(enumerate(letters(), 1)))
print(list(map(lambda x: x + 1, squares(4))))
print(list(filter(lambda x: x % 2, squares(6))))
print(sorted(squares(5), reverse=True))
print(min(squares(5)), max(squares(5)), sum(squares(5)))
print(tuple(reversed(list(squares(3)))))
print(dict(zip(letters(), squares(5))))
print(" ".join(letters()))
print(any(x > 10 for x in squares(5)), all(x < 100 for x in squares(5)))
print(list(iter(squares(3))))
g = squares(3)
print(iter(g) is g, g.__iter__() is g, g.__next__(), next(g))
a, b, *rest = squares(6)
print(a, b, rest)
print([*squares(3), *letters()])
x, y = (v for v in "xy")
print(x, y)
# interleaving several generators by hand
gens = [squares(3), letters(), iter([True, False])]
out = []
while gens:
    g = gens.pop(0)
    try:
        out.append(next(g))
        gens.append(g)
    except StopIteration:
        pass
print(out)
