# Iterating sets: for, iter/next, unpacking, changing size while iterating (RuntimeError).
s = {3, 1, 2}
for x in s:
    print(x, end=' ')
print()
it = iter(s)
print(next(it), next(it), next(it), next(it, 'done'), next(it, 'done'))
a, b, c = {7, 8, 9}
print(a, b, c)
print(list({5, 4, 6}), tuple(frozenset([2, 1])), [x * 2 for x in {1, 2, 3}])
print(*{10, 20, 30})
t = {1, 2, 3}
try:
    for x in t:
        t.add(x + 10)
except RuntimeError as e:
    print('RuntimeError:', e)
print(sorted(t))
u = {1, 2, 3}
try:
    for x in u:
        u.discard(x)
except RuntimeError as e:
    print('RuntimeError:', e)
print(u)
v = {1, 2, 3}
it = iter(v)
next(it)
v.add(4)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    next(it)
except RuntimeError as e:
    print('again:', e)
w = {1, 2, 3}
for x in w:
    w.add(x)
print(w)
y = {1, 2}
it = iter(y)
print(it.__length_hint__(), type(it).__name__)
next(it)
print(it.__length_hint__(), iter(it) is it)
print(list(it), list(it))
e = iter(set())
print(next(e, 'empty'))
print(next(enumerate({'only'})))
