# hash(bytes) equals hash of the same Latin-1 str; bytes as dict keys and set members; ordering.
for b in [b'', b'a', b'abc', b'hello world', b'\xff\x00']:
    print(hash(b) == hash(b.decode('latin-1')))
print(hash(b''))
d = {b'one': 1, b'two': 2}
d[b'three'] = 3
print(d[b'two'], b'three' in d, 'one' in d, sorted(d))
s = {b'x', b'y', b'x', bytes([120])}
print(len(s), sorted(s))
print(b'abc' == b'abc', b'abc' != b'abd', b'abc' == 'abc', b'' == 0)
print(b'abc' < b'abd', b'ab' < b'abc', b'b' > b'abc', b'abc' <= b'abc', b'\xff' > b'\x7f')
print(sorted([b'pear', b'apple', b'Banana', b'', b'apple pie']))
print(max(b'abc', b'abd', b'ab'), min([b'z', b'aa']))
print((b'a', 1) < (b'a', 2), [b'x'] == [b'x'])
