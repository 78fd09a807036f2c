# list.sort() sorts in place (stable, ascending) and returns None.
a = [5, 3, 9, 1, 5, -2, 0]
r = a.sort()
print(a, r)
words = ['pear', 'apple', 'fig', 'Banana', 'cherry']
words.sort()
print(words)
f = [2.5, -1.0, 3, 0, 1e-3]
f.sort()
print(f)
e = []
e.sort()
print(e)
one = [42]
one.sort()
print(one)
