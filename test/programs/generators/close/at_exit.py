# A generator still suspended when the program ends is closed during cleanup.
def gen():
    try:
        yield 1
    finally:
        print("cleanup at exit")

g = gen()
print(next(g))
print("last line")
