# CPython 3.11 reuses dead tuples (sizes 1..20, up to 2000 each), lists and dicts (up to 80
# each) before it allocates: such reuse is not an allocation for generation 0's count, and
# parking a dead one there is not a deallocation. A full collection empties the free lists, so
# this program starts from a known state with gc.collect(). Containers are stored into lists
# made beforehand, and the figures are printed at the end (printing can make and drop
# containers inside CPython's io layer), so that only the containers under test move the count.
import gc

gc.disable()
gc.collect()


def count():
    return gc.get_count()[0]


def fill(slots, make):
    c = count()
    for i in range(len(slots)):
        slots[i] = make(i)
    return count() - c


def drop(slots):
    c = count()
    for i in range(len(slots)):
        slots[i] = None
    return count() - c


labels = [None] * 30
figures = [None] * 30
n = 0


def note(label, figure):
    global n
    labels[n] = label
    figures[n] = figure
    n += 1


count()  # the first call's result tuple is allocated here, then reused
a, b = [None] * 1500, [None] * 1000
note("1500 pairs, free list empty", fill(a, lambda i: (i, -i)))
note("1000 more pairs", fill(b, lambda i: (i, i)))
note("dropped 1500 pairs", drop(a))  # 1500 parked
note("dropped 1000 pairs", drop(b))  # 500 parked (2000 is the limit), 500 freed
c = count()
for i in range(10000):
    t = (i, i + 1)                    # one pair reused again and again
note("10000 short-lived pairs", count() - c)
a = [None] * 2500
note("2500 pairs, 2000 reused", fill(a, lambda i: (i, i)))
note("dropped them", drop(a))

ls = [None] * 100
note("100 lists, free list empty", fill(ls, lambda i: [i]))
note("dropped 100 lists", drop(ls))
note("100 lists, 80 reused", fill(ls, lambda i: [i]))
note("dropped again", drop(ls))

ds = [None] * 90
note("90 dicts, free list empty", fill(ds, lambda i: {"k": i}))
note("dropped 90 dicts", drop(ds))
note("90 dicts, 80 reused", fill(ds, lambda i: {"k": i}))
note("dropped again", drop(ds))

# list() and dict() called as types never reuse (CPython allocates through tp_alloc)
five = [None] * 5
note("list() x5", fill(five, lambda i: list()))
note("dropped", drop(five))
note("dict() x5", fill(five, lambda i: dict()))
note("dropped", drop(five))
# tuples of 21 items have no free list
note("three 21-tuples", fill(five, lambda i: tuple(range(21))))
note("dropped", drop(five))

# a full collection empties the free lists: the next containers are new again
for i in range(50):
    l = [i]
    l.append(l)
del l
note("unreachable", gc.collect())
note("100 lists after a full collection", fill(ls, lambda i: [i]))
note("90 dicts after a full collection", fill(ds, lambda i: {"k": i}))
gc.enable()
for i in range(n):
    print(labels[i], figures[i])
