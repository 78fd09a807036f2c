# Churn of generators and closures caught in cycles, some suspended mid-iteration, with
# finalizers and try/finally blocks that run when the collector closes them.
import gc

closed = [0]


def producer(box):
    try:
        i = 0
        while True:
            yield i
            i += 1
            box.append(i)
    finally:
        closed[0] += 1


for n in range(500):
    box = []
    g = producer(box)
    box.append(g)           # the generator's own list refers to it: a cycle
    next(g)
    next(g)
    if n % 7 == 0:
        list(zip(range(3), g))
del box, g
gc.collect()
print("closed:", closed[0])
