# Views with a step: every access goes through the stride; bytes() copies them contiguously.
m = memoryview(b'0123456789')
even = m[::2]
odd = m[1::2]
back = m[::-1]
print(even.tobytes(), odd.tobytes(), back.tobytes(), even.strides, back.strides, even.contiguous, back.c_contiguous)
print(len(even), even[1], even[-1], even[1:3].tobytes(), even[::2].tobytes(), back[::3].tobytes(), back[2:5].tolist())
print(bytes(even), bytearray(odd), even == b'02468', bytearray(b'02468') == even, even.hex(':'), hash(even) == hash(b'02468'))

def attempt(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)

# operations that need a contiguous buffer refuse strided views, each in CPython's words
attempt('join', lambda: b'-'.join([even, odd]))
attempt('concat', lambda: b'x' + back[:2])
attempt('bytearray concat', lambda: bytearray(b'x') + even)
attempt('find', lambda: b'0123'.find(even))
attempt('in', lambda: even in b'abc')
attempt('startswith', lambda: b'02'.startswith(even))
attempt('extend', lambda: bytearray(b'ab').extend(even))
attempt('decode', lambda: str(even, 'ascii'))
attempt('slice assignment copies', lambda: bytearray(b'.....').__setitem__(slice(0, 5), even))
attempt('percent copies', lambda: b'%s' % even)
attempt('from_bytes copies', lambda: int.from_bytes(odd, 'big'))
print(even[::-1].tobytes(), back[::-1].tobytes(), m[8:2:-2].tobytes(), m[-1:-4:-1].tolist())
b = bytearray(b'abcdefgh')
v = memoryview(b)[::3]
v[0] = ord('A')
v[1:] = b'DG'
print(b, v.tobytes(), len(v))
print(list(memoryview(b)[::-2]), b'%s' % even, int.from_bytes(odd, 'big'))
try:
    even.cast('B')
except TypeError as e:
    print(e)
