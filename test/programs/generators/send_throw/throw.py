# throw(): raising inside the generator at the yield where it stopped.
def resilient():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("caught", repr(e))
            n += 100
        n += 1

g = resilient()
print(next(g))
print(g.throw(ValueError("boom")))
print(g.throw(ValueError))
print(g.throw(ValueError, "from args"))
print(g.throw(ValueError, ("a", "b")))
print(g.throw(ValueError, ValueError("instance as value")))
print(g.throw(ValueError("three args"), None, None))
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
print(g.gi_suspended, list(g))

# throw into a generator that has not started, or has finished
def simple():
    yield 1

g = simple()
try:
    g.throw(IndexError("early"))
except IndexError as e:
    print("early:", e)
print(list(g))
g = simple()
list(g)
try:
    g.throw(IndexError("late"))
except IndexError as e:
    print("late:", e)

# throw that makes the generator return
def returner():
    try:
        yield 1
    except ZeroDivisionError:
        return "handled"

g = returner()
next(g)
try:
    g.throw(ZeroDivisionError)
except StopIteration as e:
    print("StopIteration", e.value)

# bad arguments
g = resilient()
next(g)
for args in [(), (1,), ("x",), (ValueError(1), 5), (ValueError, 1, 5), (1, 2, 3, 4)]:
    try:
        g.throw(*args)
    except TypeError as e:
        print("TypeError:", e)
print(next(g))
