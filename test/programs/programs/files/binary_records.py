# A small binary record store: fixed-size records (id, score, name) packed with int.to_bytes,
# appended to a file, then read back by seeking straight to a record and updated in place
# with 'r+b'.
import os

NAME = '_tmp_records.bin'
SIZE = 4 + 2 + 10

def pack(rid, score, name):
    raw = name.encode('utf-8')[:10]
    return rid.to_bytes(4, 'big') + score.to_bytes(2, 'big', signed=True) + raw + b'\0' * (10 - len(raw))

def unpack(data):
    return (int.from_bytes(data[:4], 'big'), int.from_bytes(data[4:6], 'big', signed=True),
            data[6:].rstrip(b'\0').decode('utf-8'))

people = [(1, 90, 'ada'), (2, -5, 'bob'), (3, 77, 'cé'), (4, 1000, 'dmitri-long-name')]
with open(NAME, 'wb') as f:
    for p in people[:2]:
        f.write(pack(*p))
with open(NAME, 'ab') as f:
    for p in people[2:]:
        f.write(pack(*p))
print(os.path.getsize(NAME), os.path.getsize(NAME) // SIZE)

with open(NAME, 'rb') as f:
    f.seek(2 * SIZE)
    print(unpack(f.read(SIZE)))
    f.seek(-SIZE, 2)
    print(unpack(f.read(SIZE)), f.tell())
    f.seek(0)
    print([unpack(f.read(SIZE)) for _ in range(4)], f.read())

with open(NAME, 'r+b') as f:
    f.seek(1 * SIZE + 4)
    f.write((42).to_bytes(2, 'big', signed=True))
    f.seek(0)
    everything = f.read()
print([unpack(everything[i:i + SIZE]) for i in range(0, len(everything), SIZE)])
os.remove(NAME)
