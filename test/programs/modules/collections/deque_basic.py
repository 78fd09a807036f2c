# deque: appends and pops at both ends, extend/extendleft, rotate, indexing, maxlen (items fall
# off the other end), copies, comparison, count/index/remove/insert/reverse and reprs.
from collections import deque

d = deque('ghi')
d.append('j')
d.appendleft('f')
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), list(d))
d.extend('jkl')
d.extendleft('abc')
print(d)
d.rotate(1)
print(d)
d.rotate(-3)
print(d)
d.rotate(12)
print(d, list(reversed(d)), 'k' in d, 'z' in d)
print(deque(reversed(d)), d.count('k'), d.index('k'), d.index('i', 2))
d[1] = 'B'
del d[0]
print(d)
d.insert(2, 'new')
d.insert(-1, 'penultimate')
d.insert(100, 'end')
d.insert(-100, 'front')
print(d)
d.remove('new')
d.reverse()
print(d)
d.clear()
print(d, bool(d), deque(), deque([]), deque(range(3)))

window = deque(maxlen=3)
for i in range(6):
    window.append(i)
    print(window, sum(window) / len(window))
window.appendleft(-1)
print(window, window.maxlen)
window.extend([10, 11])
window.extendleft([20])
print(window)
print(deque('abcdef', 2), deque([], 0), deque(maxlen=None))
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
print(z)

a = deque([1, 2, 3])
b = a.copy()
b.append(4)
print(a, b, a == deque([1, 2, 3]), a != b, a < b, a == [1, 2, 3], deque('ab') < deque('b'))
print(a + b, a * 2, 2 * deque('x'), deque([1], 2) + deque([2, 3]))
a += 'xy'
print(a)
a *= 2
print(a)
a *= 0
print(a)
self_ref = deque([1])
self_ref.append(self_ref)
print(self_ref)
dd = deque(range(5))
dd.extend(dd)
print(dd)


class History(deque):
    pass


h = History([1, 2], maxlen=5)
print(h, h.copy(), type(h.copy()).__name__, h + deque([3]))
