# A memoryview pins its bytearray: size changes raise BufferError until the view is released.
b = bytearray(b'hello')
m = memoryview(b)

def attempt(label, f):
    try:
        f()
        print(label, 'ok', b)
    except BufferError as e:
        print(label, '!!', e)

attempt('append', lambda: b.append(33))
attempt('extend', lambda: b.extend(b'!!'))
attempt('pop', lambda: b.pop())
attempt('remove', lambda: b.remove(104))
attempt('insert', lambda: b.insert(0, 33))
attempt('clear', lambda: b.clear())
attempt('iadd', lambda: b.__iadd__(b'x'))
attempt('imul', lambda: b.__imul__(2))
attempt('slice grow', lambda: b.__setitem__(slice(0, 1), b'HH'))
attempt('slice del', lambda: b.__delitem__(slice(0, 2)))
attempt('item del', lambda: b.__delitem__(0))
attempt('same size slice', lambda: b.__setitem__(slice(0, 2), b'HE'))
attempt('item set', lambda: b.__setitem__(4, 79))
attempt('reverse', lambda: b.reverse())
attempt('imul one', lambda: b.__imul__(1))
m2 = m[1:3]
m.release()
attempt('append with a sub-view alive', lambda: b.append(33))
m2.release()
attempt('append after release', lambda: b.append(33))
with memoryview(b) as view:
    attempt('extend inside with', lambda: b.extend(b'?'))
    view[0] = ord('J')
attempt('extend after with', lambda: b.extend(b'.'))

def scoped():
    v = memoryview(b)
    return v[0]

print(scoped())
attempt('after the view died', lambda: b.append(35))
