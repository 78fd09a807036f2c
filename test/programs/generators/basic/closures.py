# Generators with closures, cells, defaults, *args and **kwargs.
def make_counter(step):
    def gen(start, stop=10, *extra, **opts):
        i = start
        while i < stop:
            yield i, extra, sorted(opts.items())
            i += step
    return gen

g = make_counter(3)
for item in g(1, 8, "x", flag=True):
    print(item)

def cell_in_gen(n):
    total = 0
    def add(k):
        nonlocal total
        total += k
        return total
    for i in range(n):
        yield add(i)
    yield "total=" + str(total)

print(list(cell_in_gen(5)))

def arg_is_cell(x):
    def get():
        return x
    yield get()
    x = x * 10
    yield get()

print(list(arg_is_cell(4)))

funcs = []
def capture():
    for i in range(3):
        def f(i=i):
            return i * i
        funcs.append(f)
        yield i

print(list(capture()), [f() for f in funcs])

def keyword_only(*, a, b=2):
    yield a + b

print(list(keyword_only(a=1)), list(keyword_only(a=1, b=5)))
try:
    keyword_only()
except TypeError as e:
    print("TypeError:", e)
try:
    make_counter(1)()
except TypeError as e:
    print("TypeError:", e)
