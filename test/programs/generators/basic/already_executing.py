# A generator cannot be resumed while it runs.
def gen():
    try:
        next(g)
    except ValueError as e:
        print("ValueError:", e)
    try:
        g.send(None)
    except ValueError as e:
        print("ValueError:", e)
    yield 1
    yield from g

g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("outer ValueError:", e)
print(g.gi_running, g.gi_suspended)
print(list(g))

def self_loop():
    for x in me:
        yield x

me = self_loop()
try:
    list(me)
except ValueError as e:
    print("ValueError:", e)
