# Each generator has its own "exception being handled" (CPython's gi_exc_state).
def gen():
    try:
        raise KeyError("in gen")
    except KeyError:
        yield "inside except"
        try:
            raise ValueError("second")
        except ValueError as e:
            print("context of second:", repr(e.__context__))
        yield "still inside"
    try:
        raise TypeError("after")
    except TypeError as e:
        print("context after except:", repr(e.__context__))
    yield "done"

g = gen()
print(next(g))
try:
    raise IndexError("caller")
except IndexError:
    print(next(g))
print(next(g))

# An exception raised in a generator resumed from an except block chains to the caller's one.
def raiser():
    yield 1
    raise RuntimeError("from gen")

r = raiser()
next(r)
try:
    raise OSError("outer")
except OSError:
    try:
        next(r)
    except RuntimeError as e:
        print("context:", repr(e.__context__))

# bare raise inside a generator re-raises the caller's handled exception
def reraiser():
    raise
    yield

try:
    try:
        raise LookupError("handled by caller")
    except LookupError:
        next(reraiser())
except LookupError as e:
    print("re-raised:", repr(e))

# a thrown exception chains to the exception the generator itself is handling
def waiting_in_except():
    try:
        raise KeyError("k")
    except KeyError:
        yield 1

w = waiting_in_except()
next(w)
try:
    w.throw(ValueError("thrown"))
except ValueError as e:
    print("thrown context:", repr(e.__context__))
