# len, membership and ordering of strs (lexicographic by code point).
print(len(''), len('a'), len('hello'), len('héllo'), len('\n'))
print('ell' in 'hello', 'xyz' in 'hello', '' in 'abc', 'h' not in 'hello')
print('abc' == 'abc', 'abc' != 'abd')
print('abc' < 'abd', 'abc' < 'ab', 'ab' < 'abc')
print('Z' < 'a', 'a' <= 'a', 'b' > 'a', 'b' >= 'c')
print('' < 'a', 'apple' < 'banana', 'é' > 'z')
print('10' < '9')
print('a' == 1)
