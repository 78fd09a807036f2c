# Iterating a bytearray reads it live; extend() collects a generator before changing anything.
b = bytearray(b'abc')
out = []
for x in b:
    out.append(x)
    if x == ord('a'):
        b.append(ord('z'))
print(out, b)
it = iter(b)
print(next(it))
b.clear()
print(list(it))
c = bytearray(b'12')

def grow():
    for x in b'345':
        c.append(x)
        yield x

c.extend(grow())
print(c)
d = bytearray(b'xyz')
print([d.pop() for _ in range(len(d))], d)
e = bytearray(range(10))
del e[::3]
print(list(e), e[::-1], e.index(5), e.count(7))
