# yield in many positions: expressions, lambdas, f-strings, finally, except blocks, loops with else.
def inner():
    try:
        yield 1; yield 2
    finally:
        print("inner closed")
def outer():
    for x in inner():
        return x
print(list(outer()))
f = lambda: (yield)
g = f(); print(next(g)); 
try: g.send(5)
except StopIteration as e: print("lambda gen stop", e.value)
def exprs():
    x = yield
    print("x", x)
    print("inside", (yield 1), [(yield 2), (yield 3)])
    return f"{(yield 4)}!"
g = exprs()
next(g); print(g.send("a")); print(g.send("b")); print(g.send("c"))
print(g.send("d"))
try: g.send("e")
except StopIteration as e: print("ret", e.value)
def fin():
    try:
        yield 1
        return "try"
    finally:
        return "finally wins"
g = fin(); next(g)
try: next(g)
except StopIteration as e: print(e.value)
def gen_in_except():
    try:
        raise ValueError("v")
    except ValueError:
        yield 1
        yield 2
    yield 3
print(list(gen_in_except()))
def yield_in_finally():
    try:
        yield 1
    finally:
        yield "from finally"
g = yield_in_finally()
print(next(g))
print(g.throw(KeyError) if False else next(g))
try: next(g)
except StopIteration: print("done")
def while_gen():
    i = 0
    while True:
        i += 1
        if i > 3: break
        if i == 2: continue
        yield i
    else:
        yield "no"
    yield "end"
print(list(while_gen()))
def unpack():
    a, (b, c) = yield
    yield a + b + c
g = unpack(); next(g); print(g.send((1, (2, 3))))
def cond():
    v = 1 if (yield) else 2
    yield v
g = cond(); next(g); print(g.send(True))
print([x for x in (y * 2 for y in range(3))])
gens = [(lambda n: (i for i in range(n)))(k) for k in range(3)]
print([list(g) for g in gens])
