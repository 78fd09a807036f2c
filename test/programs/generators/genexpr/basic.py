# Generator expressions: lazy, single pass, closures over the enclosing scope.
nums = [5, 3, 8, 1, 9, 2]
print(sum(x * x for x in nums))
print(max(x for x in nums if x % 2 == 0))
print(list(x + y for x in range(3) for y in range(10, 30, 10)))
print(sorted((n % 3, n) for n in nums))
print(any(x > 8 for x in nums), all(x > 0 for x in nums))
print(dict((k, len(k)) for k in ["a", "bb", "ccc"]))
print(tuple(c.upper() for c in "gen"))
print("-".join(str(i) for i in range(5)))

ge = (x * 2 for x in range(3))
print(type(ge).__name__, repr(ge).split(" at ")[0])
print(list(ge), list(ge))

def order():
    log = []
    def src():
        for i in range(3):
            log.append("produce %d" % i)
            yield i
    g = (log.append("consume %d" % v) or v for v in src())
    log.append("created")
    for _ in g:
        pass
    return log

print(order())

# the first iterable is evaluated (and iter() called) at once; the rest lazily
try:
    g = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)
g = (x for x in [1] for y in 5)
try:
    next(g)
except TypeError as e:
    print("TypeError at first next:", e)

def scope(k):
    return list(x * k for x in range(4))
print(scope(3))

nested = ((i, j) for i in range(3) for j in (k * i for k in range(2)))
print(list(nested))

matrix = [[1, 2], [3, 4], [5, 6]]
print(list(sum(row) for row in matrix))
print(list(v for row in matrix for v in row if v != 4))
g = (i for i in range(10))
print(next(g), next(g), list(g))
print(sum(1 for _ in range(1000)))
