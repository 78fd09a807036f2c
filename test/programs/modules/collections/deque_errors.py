# deque's errors: empty pops, bad indexes, missing values, a full bounded deque, mutation
# during iteration, bad constructor arguments and the read-only maxlen.
from collections import deque

d = deque([1, 2, 3])
for call in (lambda: deque().pop(), lambda: deque().popleft(), lambda: d[3], lambda: d[-4],
             lambda: deque()[0], lambda: d['a'], lambda: d[0:2], lambda: d.index(9),
             lambda: d.remove(9), lambda: deque([1], 1).insert(0, 2), lambda: d + [4],
             lambda: d.rotate('x'), lambda: deque(5), lambda: deque([], -1),
             lambda: deque([], 'a'), lambda: deque([], 1, 2), lambda: deque(x=1),
             lambda: d.index(1, 1)):
    try:
        print(call())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

try:
    d.maxlen = 5
except AttributeError as e:
    print('AttributeError', e)

try:
    for item in d:
        if item == 2:
            d.append(99)
except RuntimeError as e:
    print('RuntimeError', e)
print(d)

try:
    for item in d:
        d.popleft()
except RuntimeError as e:
    print('RuntimeError', e)
print(d)

it = iter(deque('ab'))
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print('exhausted')

d = deque([1])
d.pop()
d.pop()
