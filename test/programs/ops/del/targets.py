# del of names, list items, slices and dict keys.
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
x = 1
del x
try:
    print(x)
except NameError as e:
    print(e)
a, b = [1, 2, 3], {'k': [4, 5]}
del a[1], b['k'][0]
print(a, b)
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e)
try:
    del lst[50]
except IndexError as e:
    print(e)
