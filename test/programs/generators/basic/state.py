# gi_running / gi_suspended follow the generator's life; locals live across yields.
def gen():
    print("inside: running", g.gi_running, "suspended", g.gi_suspended)
    total = 0
    for i in range(3):
        total += i
        yield total
    print("done with total", total)

g = gen()
print("created:", g.gi_running, g.gi_suspended, g.gi_yieldfrom)
print(next(g))
print("after first:", g.gi_running, g.gi_suspended)
print(list(g))
print("finished:", g.gi_running, g.gi_suspended)

def locals_across():
    a, b = 0, 1
    seen = []
    while True:
        seen.append(a)
        yield a, len(seen)
        a, b = b, a + b

fib = locals_across()
for _ in range(10):
    v, n = next(fib)
print(v, n)

def nested_loops(rows, cols):
    for r in range(rows):
        for c in range(cols):
            if (r + c) % 2 == 0:
                yield (r, c)

print(list(nested_loops(3, 3)))

def many_locals(x):
    a = x + 1; b = a * 2; c = b - 3; d = [a, b, c]; e = {"k": d}
    yield a
    yield b + c
    yield e["k"]
    yield sum(d) + x

print(list(many_locals(5)))
