# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def explicit():
    yield 1
    raise StopIteration("oops")

try:
    list(explicit())
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__), "context:", repr(e.__context__))
    print("suppress:", e.__suppress_context__)

def leaking_next():
    it = iter([])
    yield next(it)

try:
    for x in leaking_next():
        pass
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))

def via_send():
    yield
    raise StopIteration

g = via_send()
next(g)
try:
    g.send(1)
except RuntimeError as e:
    print("send:", e)

# A StopIteration caught inside the generator is fine.
def careful():
    it = iter([1])
    while True:
        try:
            yield next(it)
        except StopIteration:
            return "clean"

print(list(careful()))
