# replace with counts, empty patterns, bytes-like arguments and errors.
s = b'one two one two one'
print(s.replace(b'one', b'1'), s.replace(b'one', b'1', 2), s.replace(b'one', b'', 1), s.replace(b'zzz', b'x'))
print(b'abc'.replace(b'', b'-'), b'abc'.replace(b'', b'-', 2), b''.replace(b'', b'x'), b''.replace(b'a', b'b'))
print(b'aaaa'.replace(b'aa', b'b'), b'abc'.replace(b'b', b'BBB'), b'abc'.replace(b'abc', b''))
print(b'abc'.replace(bytearray(b'b'), memoryview(b'X')), b'abc'.replace(b'a', b'z', 0), b'abc'.replace(b'a', b'z', -1))

def attempt(label, f):
    try:
        print(label, '->', f())
    except (TypeError, ValueError) as e:
        print(label, '!!', type(e).__name__ + ':', e)

attempt('old str', lambda: b'abc'.replace('a', b'b'))
attempt('new str', lambda: b'abc'.replace(b'a', 'b'))
attempt('one arg', lambda: b'abc'.replace(b'a'))
attempt('four args', lambda: b'abc'.replace(b'a', b'b', 1, 2))
attempt('count str', lambda: b'abc'.replace(b'a', b'b', 'x'))
attempt('count keyword', lambda: b'abc'.replace(b'a', b'b', count=1))
