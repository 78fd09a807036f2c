# Thrown into a generator that never started: its frame shows the def line.
def worker(a,
           b):
    yield a + b

w = worker(1, 2)
w.throw(KeyError("early"))
