# A coroutine that dies never awaited issues "RuntimeWarning: coroutine '...' was never awaited"
# through the warnings module, attributed to the frame running when it dies (and to "sys" once
# the program is over, without the tracemalloc hint); one that was closed or awaited says
# nothing; under an 'error' filter the warning is reported as unraisable.
import warnings


async def fetch(n):
    return n


def make_and_drop():
    c = fetch(1)
    print('made', c.__qualname__)


make_and_drop()
c2 = fetch(2)
del c2
c3 = fetch(3)
c3.close()
del c3
c4 = fetch(4)
try:
    c4.send(None)
except StopIteration as e:
    print('result', e.value)
del c4
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    fetch(5)
print([str(w.message) for w in log], log[0].category.__name__, log[0].source is not None)
leftover = fetch(6)
print('end')
