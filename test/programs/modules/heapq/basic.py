# heappush/heappop/heapify/heapreplace/heappushpop: the heap's exact layout after each
# operation (as CPython's), heapsort, tuples as (priority, item) and the errors.
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), data)
print(heapq.heappushpop(data, 4), data)
print(heapq.heappushpop([], 3))


def heapsort(iterable):
    h = []
    for value in iterable:
        heapq.heappush(h, value)
    return [heapq.heappop(h) for _ in range(len(h))]


print(heapsort([1, 3, 5, 7, 9, 2, 4, 6, 8, 0]))
print(heapsort('heapsort'))

tasks = []
heapq.heappush(tasks, (5, 'write code'))
heapq.heappush(tasks, (7, 'release product'))
heapq.heappush(tasks, (1, 'write spec'))
heapq.heappush(tasks, (3, 'create tests'))
print(tasks)
while tasks:
    print(heapq.heappop(tasks))

words = 'the quick brown fox jumps over the lazy dog'.split()
heapq.heapify(words)
print(words, heapq.heappop(words), heapq.heappop(words))


class Job:
    def __init__(self, pri, name):
        self.pri = pri
        self.name = name

    def __lt__(self, other):
        return self.pri < other.pri

    def __repr__(self):
        return '%s:%d' % (self.name, self.pri)


jobs = [Job(3, 'c'), Job(1, 'a'), Job(2, 'b'), Job(1, 'a2')]
heapq.heapify(jobs)
print(jobs, [heapq.heappop(jobs) for _ in range(4)])

for call in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1),
             lambda: heapq.heappush((), 1), lambda: heapq.heapify('abc'),
             lambda: heapq.heappush([1], 'a')):
    try:
        call()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
