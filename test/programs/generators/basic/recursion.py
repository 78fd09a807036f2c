# Recursive generators: trees, permutations, and depth.
def walk(tree, depth=0):
    name, children = tree
    yield "  " * depth + name
    for child in children:
        yield from walk(child, depth + 1)

tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b11", [])])]), ("c", [])])
for line in walk(tree):
    print(line)

def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p

print(list(permutations([1, 2, 3])))
print(sum(1 for _ in permutations(list(range(6)))))

def countdown(n):
    if n > 0:
        yield n
        yield from countdown(n - 1)

print(sum(countdown(200)))

def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x

print(list(flatten([1, [2, [3, [4, [5]]], 6], [[7]], 8])))

def deep(n):
    if n == 0:
        yield "bottom"
    else:
        for v in deep(n - 1):
            yield v

print(list(deep(300)))
