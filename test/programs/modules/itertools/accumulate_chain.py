# accumulate (default sum, a function, initial=) and chain / chain.from_iterable, both lazy.
from itertools import accumulate, chain
import operator

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print(list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=7)), list(accumulate([])), list(accumulate([], initial=None)))
print(list(accumulate('abc')))
print(list(accumulate([1, 2, 3], func=lambda a, b: a - b, initial=0)))

# an amortization table: balance after each payment
payments = [100, 100, 100]
print(list(accumulate(payments, lambda bal, pmt: round(bal * 1.05 - pmt, 2), initial=300)))

print(list(chain('ab', [1, 2], (), range(3))))
print(list(chain()), list(chain([])))
print(list(chain.from_iterable(['xy', 'z', []])))
print(list(chain.from_iterable([[1, 2], [3], [[4]]])))


def gen(tag, n):
    for i in range(n):
        print('  ', tag, i)
        yield tag + str(i)


ch = chain(gen('a', 2), gen('b', 2))
print(next(ch))
print(list(ch))
print(next(chain.from_iterable(gen(t, 1) for t in 'pq')))

bad = chain([1], 5)
print(next(bad))
try:
    next(bad)
except TypeError as e:
    print('TypeError', e)
try:
    chain(x=1)
except TypeError as e:
    print('TypeError', e)
try:
    accumulate()
except TypeError as e:
    print('TypeError', e)
