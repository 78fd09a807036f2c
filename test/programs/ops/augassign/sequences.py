# += and *= on str (a new object) and on list (extended in place, seen through every alias).
s = 'ab'
t = s
s += 'cd'
print(s, t)
s *= 2
print(s)
a = [1]
b = a
a += [2, 3]
print(a, b, a is b)
a *= 2
print(b)
items = [0, 0, 0]
items[1] += 5
items[-1] -= 1
print(items)
d = {'n': 1}
d['n'] += 41
print(d)
