# Builtins on bytes: ord, len, hash, isinstance, str/repr, sorted, sum, max, min, iter, bool.
b = b'\x00Az'
print(ord(b'a'), ord(bytearray(b'\xff')), len(b), bool(b''), bool(b'\x00'))
print(isinstance(b, bytes), isinstance(b, bytearray), isinstance(bytearray(), bytes), issubclass(bytes, object))
print(str(b), repr(b), str(bytearray(b'x')), repr(memoryview(b'x'))[:13])
print(sorted(b'hello'), sum(b'\x01\x02'), max(b'az'), min(b'az'), list(iter(b'ab')))
print(hash(b'key') == hash(b'key'), hash(b'') == 0, {b'a': 1}.get(b'a'))
print(bytes.__name__, bytearray.__name__, memoryview.__name__, type(iter(b'')).__name__, type(iter(bytearray())).__name__)
print(bytes.__len__(b'abc'), bytes.__getitem__(b'abc', 1), bytes.__add__(b'a', b'b'), b'x'.__eq__(b'x'), b'x'.__eq__('x'))
print(bytes.__bytes__(b'q'), b'q'.__getnewargs__(), bytearray.__hash__, b'ab'.__mul__(2), b'ab'.__rmul__(2))

def attempt(label, f):
    try:
        print(label, '->', f())
    except TypeError as e:
        print(label, '!!', e)

attempt('ord long', lambda: ord(b'ab'))
attempt('ord empty', lambda: ord(b''))
attempt('ord bytearray', lambda: ord(bytearray(b'ab')))
attempt('sum bytes', lambda: sum([b'a', b'b'], b''))
attempt('sum bytearray', lambda: sum([b'a'], bytearray()))
attempt('hash bytearray', lambda: hash(bytearray(b'x')))
attempt('format spec', lambda: format(b'x', '>10'))
