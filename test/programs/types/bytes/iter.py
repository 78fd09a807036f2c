# Iterating bytes yields ints; the builtins that consume iterables work on bytes.
data = b'bytes!'
for b in data:
    print(b, end=' ')
print()
print(list(data), tuple(b'\x00\xff'), list(b''))
print(sum(b'\x01\x02\x03'), max(data), min(data), sorted(b'cab'), len(data))
print(list(reversed(b'abc')), list(enumerate(b'xy')), list(zip(b'ab', b'cd')))
print([chr(c) for c in data], bytes(c ^ 0x20 for c in b'Hello'))
print(any(b'\x00\x00'), all(b'\x01\x02'), all(b''))
it = iter(b'ab')
print(type(it).__name__, next(it), next(it), next(it, 'done'))
print(dict.fromkeys(b'aab'), set(b'hello') == set(b'oleh'))
print(sum([b'a'[0], b'b'[0]]), list(map(hex, b'\x10\xff')))
