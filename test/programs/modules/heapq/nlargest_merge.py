# nlargest/nsmallest (with key, ties in first-seen order, n larger than the data, n <= 0)
# and merge (lazy, key=, reverse=, equal items from the earlier input first).
import heapq

data = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
print(heapq.nlargest(3, data), heapq.nsmallest(3, data), heapq.nlargest(1, data), heapq.nsmallest(1, []))
print(heapq.nlargest(20, data), heapq.nsmallest(0, data), heapq.nlargest(-2, data))
portfolio = [
    {'name': 'IBM', 'shares': 100, 'price': 91.1},
    {'name': 'AAPL', 'shares': 50, 'price': 543.22},
    {'name': 'FB', 'shares': 200, 'price': 21.09},
    {'name': 'HPQ', 'shares': 35, 'price': 31.75},
    {'name': 'YHOO', 'shares': 45, 'price': 16.35},
    {'name': 'ACME', 'shares': 75, 'price': 115.65},
]
print([s['name'] for s in heapq.nsmallest(3, portfolio, key=lambda s: s['price'])])
print([s['name'] for s in heapq.nlargest(3, portfolio, key=lambda s: s['price'])])
words = ['bb', 'a', 'cc', 'd', 'ee', 'f', 'gg']
print(heapq.nlargest(4, words, key=len), heapq.nsmallest(4, words, key=len))
print(heapq.nlargest(2, iter(range(10))), heapq.nsmallest(3, 'hello world'))

a = [1, 4, 7, 10]
b = [2, 5, 8]
c = [0, 3, 6, 9, 12]
print(list(heapq.merge(a, b, c)), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge(['apple', 'fig'], ['banana', 'kiwi', 'plum'], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 4], reverse=True)))
tagged_a = [(1, 'a'), (2, 'a'), (2, 'a2')]
tagged_b = [(1, 'b'), (2, 'b')]
print(list(heapq.merge(tagged_a, tagged_b, key=lambda t: t[0])))


def stream(name, values):
    for v in values:
        print('  ', name, 'gives', v)
        yield v


m = heapq.merge(stream('x', [1, 3]), stream('y', [2, 4]))
print(next(m), next(m))
print(list(m), type(heapq.merge()).__name__)
