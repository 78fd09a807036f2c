# close() on a generator that keeps yielding (it gives in the second time, at cleanup).
def stubborn():
    refusals = 0
    while refusals < 1:
        try:
            yield
        except GeneratorExit:
            refusals += 1

g = stubborn()
next(g)
g.close()
