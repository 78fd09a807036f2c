# join over any bytes-like items; partition and rpartition.
print(b', '.join([b'a', b'b', b'c']), b''.join([]), b'-'.join([b'solo']))
print(b'-'.join([b'a', bytearray(b'b'), memoryview(b'c')]), b'+'.join(x for x in [b'1', b'2']))
print(b'.'.join((b'x', b'y')), b'|'.join(b'ab' for _ in range(3)))
print(bytearray(b'-').join([b'a', b'b']))
print(b'abc=def=g'.partition(b'='), b'abc=def=g'.rpartition(b'='))
print(b'abc'.partition(b'x'), b'abc'.rpartition(b'x'), b''.partition(b'a'))
print(b'key: value'.partition(bytearray(b': ')))

def attempt(label, f):
    try:
        print(label, '->', f())
    except (TypeError, ValueError) as e:
        print(label, '!!', type(e).__name__ + ':', e)

attempt('join str item', lambda: b'-'.join([b'a', 'b']))
attempt('join int item', lambda: b''.join([1]))
attempt('join non-iterable', lambda: b''.join(5))
attempt('join no args', lambda: b''.join())
attempt('join two args', lambda: b''.join([], []))
attempt('partition str', lambda: b'abc'.partition('b'))
attempt('partition empty', lambda: b'abc'.partition(b''))
attempt('rpartition empty', lambda: b'abc'.rpartition(b''))
attempt('partition no args', lambda: b'abc'.partition())
