# is* predicates: ASCII classes only; empty bytes give False except isascii.
samples = [b'', b'abc', b'ABC', b'Abc', b'abc123', b'123', b' \t\n\r\x0b\x0c', b'a b', b'\xe9', b'\x80',
           b'Hello World', b'Hello world', b'HELLO 1', b'hello 1', b'1A', b'a1', b'A_B']
for s in samples:
    print(s, s.isalnum(), s.isalpha(), s.isascii(), s.isdigit(), s.islower(), s.isspace(), s.istitle(), s.isupper())
try:
    b'x'.isalpha(1)
except TypeError as e:
    print(e)
try:
    b'x'.isdigit(x=1)
except TypeError as e:
    print(e)
