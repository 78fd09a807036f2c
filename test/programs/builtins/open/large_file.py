# A file much larger than the buffers: 20000 numbered lines written with print(file=),
# read back line by line, in fixed-size pieces and whole; sizes and checksums agree.
import os

NAME = '_tmp_large_file.txt'

with open(NAME, 'w') as f:
    for i in range(20000):
        print(f'line {i:05d} ' + 'abcdefghij' * (i % 7), file=f)

size = os.path.getsize(NAME)
print('size', size)

total = 0
count = 0
longest = ''
with open(NAME) as f:
    for line in f:
        count += 1
        total += len(line)
        if len(line) > len(longest):
            longest = line
print(count, total, total == size, repr(longest[:20]))

with open(NAME) as f:
    pieces = 0
    checksum = 0
    while True:
        piece = f.read(4096)
        if not piece:
            break
        pieces += 1
        checksum = (checksum * 31 + sum(map(ord, piece))) % 1000000007
print(pieces, checksum)

with open(NAME, 'rb') as f:
    data = f.read()
print(len(data), data.count(b'\n'), data[-12:])

with open(NAME) as f:
    f.seek(size // 2)
    f.readline()                 # skip the partial line
    print(repr(f.readline()))

with open(NAME, 'rb') as f:
    chunks = []
    while True:
        b = f.read(10000)
        if not b:
            break
        chunks.append(len(b))
print(len(chunks), chunks[-1], sum(chunks))
os.remove(NAME)
