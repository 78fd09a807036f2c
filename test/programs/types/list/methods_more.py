# List methods: insert, extend, remove, pop(i), index with bounds, count, reverse, copy, slices.
lst = [3, 1, 2]
lst.insert(0, 9)
lst.insert(100, 7)
lst.insert(-1, 8)
print(lst)
lst.extend('ab')
lst.extend(range(2))
print(lst)
lst.remove('a')
print(lst.pop(), lst.pop(0), lst)
print(lst.index(2), lst.count(1), [1, 2, 1, 1].count(1), [1, 2, 3, 2].index(2, 2))
lst.reverse()
print(lst)
c = lst.copy()
c[0] = 'changed'
print(lst[0], c[0])
lst[1:3] = ['x', 'y', 'z']
print(lst)
lst[::2] = [0] * len(lst[::2])
print(lst, lst[::-1], lst[-2:], lst[10:])
print([1, 2] * 2, [[0]] * 2, [] + [1])
try:
    lst.remove('nope')
except ValueError as e:
    print(e)
