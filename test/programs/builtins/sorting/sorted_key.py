# sorted/list.sort with key and reverse; sorting is stable.
recs = [('bob', 3), ('amy', 1), ('cat', 3), ('dan', 2), ('eve', 1)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(recs, reverse=True))
words = ['Banana', 'apple', 'Cherry', 'apple', 'banana']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
lst = [5, -3, 2, -8, 0]
lst.sort(key=abs)
print(lst)
lst.sort(reverse=True)
print(lst)
print(sorted('hello'), sorted({'b': 1, 'a': 2}))
try:
    sorted([1, 'a'])
except TypeError as e:
    print(e)
