# Through next(), and through nested generators.
def inner(d):
    yield d["a"]
    yield d["missing"]

def middle(d):
    for v in inner(d):
        yield v * 2

g = middle({"a": 1})
print(next(g))
print(next(g))
