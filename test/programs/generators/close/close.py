# close(): GeneratorExit at the yield; finally blocks run; ignoring it is an error.
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")

g = with_finally()
print(next(g))
print(g.close())
print(g.gi_suspended, list(g))
g.close()

g = with_finally()
g.close()  # never started: nothing runs
print("closed unstarted")

def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        return "ignored value"

g = catches_exit()
next(g)
print(g.close())

refuse = True
def ignores_exit():
    while refuse:
        try:
            yield "again"
        except GeneratorExit:
            print("refusing")

g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(g.gi_suspended)
refuse = False
print(list(g))

def raises_other():
    try:
        yield
    finally:
        raise ValueError("from finally")

g = raises_other()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError:", e, type(e.__context__).__name__)

def exit_is_base_exception():
    try:
        yield
    except Exception:
        print("not reached")
    finally:
        print("cleanup")

g = exit_is_base_exception()
next(g)
g.close()

try:
    g.close(1)
except TypeError as e:
    print("TypeError:", e)
