# The chained traceback CPython prints for PEP 479.
def gen():
    yield 1
    raise StopIteration(42)

for x in gen():
    print(x)
