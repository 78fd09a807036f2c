# Through a chain of yield from.
def leaf(n):
    yield n
    yield 10 // (n - n)

def branch(n):
    yield from leaf(n)

def trunk():
    yield from branch(3)

print(list(trunk()))
