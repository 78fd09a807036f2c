# b'' and the one-byte bytes are shared objects, as in CPython 3.11.
empty = b''
a = b'A'
print(bytes() is empty, bytes(0) is empty, b'xyz'[3:] is empty, bytes([]) is empty)
print(bytes([65]) is a, b'ABC'[:1] is a, b'CBA'[-1:] is a)
print(bytes([65, 66])[0:1] is a, bytes((65,)) is a)
word = b'hello'
print(word[:] is word, bytes(word) is word, word[0:5] is word)
print(b'' == bytes(), len(empty))
