# print(..., file=f) writes through f.write, so it interleaves with f.write calls in program
# order; sep, end and flush work as for stdout; print to a closed file raises ValueError.
import io
import os

NAME = '_tmp_print_file.txt'

with open(NAME, 'w') as f:
    print('header', file=f)
    f.write('written directly\n')
    print(1, 2, 3, sep=', ', file=f)
    print('no newline', end='', file=f)
    f.write(' <- continued\n')
    print(*['a', 'b'], sep='\n', end='\n---\n', file=f, flush=True)
    print(file=f)
    print('last', file=f)

with open(NAME) as f:
    print(f.read(), end='')

f = open(NAME, 'a')
f.close()
try:
    print('late', file=f)
except ValueError as e:
    print('ValueError:', e)

# print to a binary file needs str, which BufferedWriter.write refuses
with open(NAME, 'wb') as f:
    try:
        print('text', file=f)
    except TypeError as e:
        print('TypeError:', e)

# a StringIO collects print output the same way
buf = io.StringIO()
for i in range(3):
    print('line', i, file=buf)
print(repr(buf.getvalue()))

# an object with only a write method is enough
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
c = Collector()
print('x', 'y', file=c)
print(c.parts)
os.remove(NAME)
