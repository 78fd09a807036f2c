# atexit functions run when the program ends, last registered first, with their arguments;
# unregister removes every registration of a function.
import atexit


def say(*args, **kwargs):
    print("at exit:", args, sorted(kwargs.items()))


def never():
    print("never printed")


atexit.register(say, 1)
atexit.register(never)
atexit.register(say, 2, key="v")
atexit.register(never)
atexit.unregister(never)
r = atexit.register(say)
print(r is say)
try:
    atexit.register(42)
except TypeError as e:
    print(e)


@atexit.register
def decorated():
    print("decorated runs first")


print("main done")
