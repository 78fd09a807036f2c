# send, throw and close pass through yield from to the innermost generator.
def inner():
    total = 0
    try:
        while True:
            try:
                x = yield total
            except ValueError as e:
                print("inner caught", e)
                x = 0
            if x == "stop":
                return total
            total += x
    finally:
        print("inner finally")

def middle():
    try:
        r = yield from inner()
        print("middle got", r)
        yield "middle after"
    finally:
        print("middle finally")

def outer():
    r = yield from middle()
    yield "outer end"

g = outer()
print(next(g))
print(g.send(5))
print(g.send(7))
print(g.throw(ValueError("deep")))
print(g.send("stop"))
print(next(g))
print(list(g))

print("--- throw not handled inside: the delegating generator sees it")
def handler():
    try:
        yield from inner()
    except KeyError as e:
        print("handler caught", repr(e))
        yield "recovered"

h = handler()
next(h)
print(h.throw(KeyError("k")))
print(list(h))

print("--- close goes innermost first")
g = outer()
next(g)
g.send(1)
g.close()
print(g.gi_suspended)

print("--- yield from a plain iterator: send needs a send method")
def over_list():
    yield from [1, 2, 3]

g = over_list()
print(next(g))
print(g.send(None))
try:
    g.send("x")
except AttributeError as e:
    print("AttributeError:", e)
g = over_list()
next(g)
try:
    g.throw(ValueError("into list"))
except ValueError as e:
    print("ValueError:", e)
print(list(g))
g = over_list()
next(g)
g.close()
print(list(g))
