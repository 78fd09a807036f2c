# Closures capture variables, not values; default arguments capture values.
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i * 10 for i in range(3)]
print([g() for g in gs])


def adders():
    out = []
    for k in range(3):
        def add(x, k=k):
            return x + k
        out.append(add)
    return out


print([f(100) for f in adders()])
