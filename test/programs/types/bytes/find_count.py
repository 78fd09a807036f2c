# find, rfind, index, rindex, count: bytes or int needles, start/end bounds, CPython's errors.
data = b'abracadabra'
print(data.find(b'bra'), data.rfind(b'bra'), data.find(b'zz'), data.rfind(b'zz'))
print(data.find(b'a', 1), data.find(b'a', 1, 3), data.find(b'a', -4), data.rfind(b'a', 0, -1))
print(data.find(97), data.rfind(98), data.find(ord('d')), data.count(97))
print(data.index(b'cad'), data.rindex(b'a'), data.index(114, 3))
print(data.count(b'a'), data.count(b'abra'), data.count(b'ab', 1), data.count(b'', 0, 3), data.count(b''))
print(data.find(b''), data.find(b'', 11), data.find(b'', 12), data.rfind(b''), b''.find(b''))
print(data.find(bytearray(b'dab')), data.find(memoryview(b'rac')), data.find(b'a', None, None))
print(data.find(True), data.count(b'a', -100, 100), data.find(b'bra', 2**40))

def attempt(label, f):
    try:
        print(label, '->', f())
    except (TypeError, ValueError) as e:
        print(label, '!!', type(e).__name__ + ':', e)

attempt('index missing', lambda: data.index(b'zz'))
attempt('rindex missing', lambda: data.rindex(122))
attempt('find str', lambda: data.find('a'))
attempt('count str', lambda: data.count('a'))
attempt('find float', lambda: data.find(1.5))
attempt('find 256', lambda: data.find(256))
attempt('find -1', lambda: data.find(-1))
attempt('find no args', lambda: data.find())
attempt('find too many', lambda: data.find(b'a', 0, 1, 2))
attempt('find keyword', lambda: data.find(b'a', start=0))
attempt('find bad start', lambda: data.find(b'a', 'x'))
attempt('count no args', lambda: data.count())
attempt('index in range', lambda: data.index(b'a', 1, 3))
