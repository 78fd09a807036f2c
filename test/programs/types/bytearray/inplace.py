# += and *= mutate a bytearray in place (aliases see it); bytes rebinding for comparison.
a = bytearray(b'ab')
alias = a
a += b'cd'
a += bytearray(b'ef')
a += memoryview(b'gh')
print(a, alias, a is alias)
a *= 2
print(alias)
a *= 1
print(alias)
a *= 0
print(alias, len(alias))
x = bytes(b'ab')
y = x
x += b'c'
print(x, y, x is y)
s = bytearray(b'xy')
try:
    s += s
except BufferError as e:
    print('BufferError', e)
s.extend(s)
print(s)
empty = bytearray()
empty += empty
print(empty)
s *= -1
print(s)
try:
    a += 'str'
except TypeError as e:
    print(e)
try:
    a += [1, 2]
except TypeError as e:
    print(e)
try:
    a *= 'x'
except TypeError as e:
    print(e)
print(bytearray(b'q').__iadd__(b'r'), bytearray(b'q').__imul__(3))
