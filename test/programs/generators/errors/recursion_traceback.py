# Unbounded recursion through yield from: RecursionError, with the repeated frames collapsed.
def r(n):
    yield from r(n + 1)
for x in r(0): pass
