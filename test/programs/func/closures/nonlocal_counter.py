# Closures sharing a cell through nonlocal.
def make_counter(start=0):
    n = start

    def inc(step=1):
        nonlocal n
        n += step
        return n

    def get():
        return n

    return inc, get


inc, get = make_counter(10)
inc()
inc(5)
print(get())
inc2, get2 = make_counter()
print(inc2(), inc2(), get(), get2())


def outer():
    x = 'outer'

    def middle():
        def inner():
            nonlocal x
            x = 'changed by inner'
        inner()
        return x
    r = middle()
    return r, x


print(outer())
