# throw(GeneratorExit) and close() through yield from; throw() with a traceback; an uncaught throw through a delegation.
def inner():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("inner got GeneratorExit")
        raise
    finally:
        print("inner finally")

def outer():
    try:
        yield from inner()
    except GeneratorExit:
        print("outer got GeneratorExit")
        raise

g = outer()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated")
print(g.gi_suspended)

def bad_close_inner():
    try:
        yield 1
    finally:
        raise KeyError("inner close failed")

def outer2():
    try:
        yield from bad_close_inner()
    except KeyError as e:
        print("outer2 sees", repr(e))
        yield "outer2 continues"

g = outer2()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def tb_source():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e

def receiver():
    try:
        yield
    except ZeroDivisionError as e:
        n = 0
        tb = e.__traceback__
        while tb is not None:
            n += 1
            tb = tb.tb_next
        print("traceback entries:", n)
        yield "ok"

e = tb_source()
r = receiver()
next(r)
print(r.throw(ZeroDivisionError, e, e.__traceback__))

def inner3():
    yield 1
def outer3():
    yield from inner3()
g = outer3(); next(g)
g.throw(ValueError("x"))
