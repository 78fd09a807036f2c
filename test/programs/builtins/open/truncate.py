# truncate() on text and binary files: the size argument, the default (the current position),
# and editing a file in place with 'r+'.
import os

NAME = '_tmp_truncate.txt'

with open(NAME, 'w') as f:
    f.write('0123456789')
    print(f.truncate(4))
    print(f.tell())            # truncate does not move the position
    f.write('X')
with open(NAME, 'rb') as f:
    print(f.read())

with open(NAME, 'r+') as f:
    f.seek(2)
    print(f.truncate())        # at the position
with open(NAME) as f:
    print(repr(f.read()))

with open(NAME, 'wb+') as f:
    f.write(b'abcdef')
    print(f.truncate(3), f.tell())
    f.seek(0)
    print(f.read())
    print(f.truncate(10))      # growing pads with zero bytes
    f.seek(0)
    print(f.read())

with open(NAME, 'r+') as f:
    lines = ['keep 1\n', 'drop\n', 'keep 2\n']
    f.seek(0)
    f.truncate()
    f.writelines(lines)
    f.seek(0)
    kept = [line for line in f if line.startswith('keep')]
    f.seek(0)
    f.truncate()
    f.writelines(kept)
with open(NAME) as f:
    print(f.readlines())
os.remove(NAME)
