# A suspended generator that is dropped is closed: its finally blocks run at once.
def res(name):
    print("open", name)
    try:
        yield name
        yield name + "!"
    finally:
        print("close", name)

g = res("a")
next(g)
print("before del")
del g
print("after del")

g = res("b")
next(g)
g = res("c")  # rebinding drops b
next(g)
print("rebound")
g = None

def use():
    h = res("local")
    print(next(h))
    return "leaving use"

print(use())

lst = [res(i) for i in "xyz"]
for x in lst:
    next(x)
lst.clear()
print("list cleared")

# a generator dropped after finishing, or never started, runs nothing
g = res("done")
print(list(g))
del g
g = res("unstarted")
del g

# breaking out of a for loop drops the generator
for v in res("loop"):
    print("got", v)
    break
print("after break")

# first() of a generator
def first(it):
    for x in it:
        return x

print(first(res("first")))

# closing during dealloc does not disturb an exception being raised
holder = [res("during error")]
next(holder[0])
try:
    holder.clear() or 1 / 0
except ZeroDivisionError as e:
    print("caught", repr(e))

def nested():
    try:
        yield from res("inner")
    finally:
        print("outer finally")

n = nested()
next(n)
del n
print("end")
