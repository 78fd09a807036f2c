# itertools objects are lazy: a pipeline pulls one item at a time from its source, so an
# infinite source works and work happens only as results are needed.
import itertools


def readings():
    n = 0
    while True:
        n += 1
        print('  read', n)
        yield n * 7 % 10


pipeline = itertools.islice(
    itertools.filterfalse(lambda v: v < 3,
                          itertools.accumulate(readings(), max)), 3)
print('built')
print(next(pipeline))
print(list(pipeline))

# batches with zip_longest over one shared iterator
data = iter(range(1, 8))
batches = itertools.zip_longest(data, data, data, fillvalue=0)
print(list(batches))

# running totals of a chained, compressed stream
stream = itertools.chain([5, -2], itertools.compress([8, 100, 3], [1, 0, 1]))
print(list(itertools.accumulate(stream)))

# unique-justseen via groupby
print([k for k, _ in itertools.groupby('AAAABBBCCDAABBB')])

# round-robin with cycle and islice
def roundrobin(*iterables):
    pending = len(iterables)
    nexts = itertools.cycle(iter(it).__next__ for it in iterables)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = itertools.cycle(itertools.islice(nexts, pending))


print(list(roundrobin('ABC', 'D', 'EF')))
print(sum(1 for _ in itertools.combinations(range(12), 4)))
