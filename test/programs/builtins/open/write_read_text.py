# open() in text mode: write returns the count of characters, read/readline/readlines and
# iteration see what was written, `with` closes the file.
import os

NAME = '_tmp_write_read_text.txt'

f = open(NAME, 'w')
print(f.closed, f.name, f.mode)
print(f.write('first line\n'))
print(f.write('second line, longer\n'))
print(f.write(''))
print(f.write('no newline at the end'))
f.close()
print(f.closed)

with open(NAME) as f:
    print(repr(f.read()))
    print(repr(f.read()))           # at the end: ''

with open(NAME) as f:
    print(repr(f.read(5)))
    print(repr(f.readline()))
    print(repr(f.readline(6)))
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))       # at the end: ''

with open(NAME) as f:
    print(f.readlines())

with open(NAME) as f:
    for n, line in enumerate(f, 1):
        print(n, repr(line))

with open(NAME, 'r') as f:
    print([len(line) for line in f])

with open(NAME) as f:
    print(f.readlines(15))          # stops once 15 characters were read

# writelines adds no newlines
with open(NAME, 'w') as f:
    f.writelines(['a', 'b\n', 'c\n'])
    f.writelines(str(i) for i in range(3))
with open(NAME) as f:
    print(repr(f.read()))

# non-ASCII text round-trips as UTF-8
with open(NAME, 'w', encoding='utf-8') as f:
    print(f.write('héllo wörld — ∑ 🐍\n'))
with open(NAME, 'rb') as f:
    data = f.read()
print(len(data), data[:8])
with open(NAME, encoding='utf-8') as f:
    print(f.read())

os.remove(NAME)
print(os.path.exists(NAME))
