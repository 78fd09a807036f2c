# Assignment binds names, it does not copy: two names can share one list.
a = [1, 2, 3]
b = a
b.append(4)
print(a)
print(a is b)
c = a[:]
print(c is a, c == a)
c.append(5)
print(a, c)
d = a
d += [6]
print(a is d, a)
nested = [a, a]
a.append(7)
print(nested)
