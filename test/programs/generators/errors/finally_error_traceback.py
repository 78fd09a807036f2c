# A finally block that fails while the generator is closed: the new error is chained.
def gen():
    try:
        yield 1
    finally:
        undefined_name

g = gen()
next(g)
g.close()
