# Subclasses of int holding big values: construction from big ints and strings, arithmetic
# returning plain ints, instance attributes, hashing and equality with plain ints.
class Big(int):
    def describe(self):
        return '%s with %d bits' % (type(self).__name__, self.bit_length())


b = Big(2 ** 200 + 1)
print(b, b.describe(), type(b).__name__, isinstance(b, int))
print(b + 1, type(b + 1).__name__, type(-b).__name__, type(+b).__name__, type(abs(Big(-2 ** 70))).__name__)
print(b == 2 ** 200 + 1, hash(b) == hash(2 ** 200 + 1), {b: 'x'}[2 ** 200 + 1], b > 2 ** 200)
print(b // 3, b % 1000, b >> 190, b & 0xFF, b ** 2 % 10 ** 10, divmod(b, 10 ** 50)[1] % 1000)
print(int(b), type(int(b)).__name__, str(b)[:10], repr(Big(-5)), f'{b:_x}'[:20])
c = Big('123456789012345678901234567890')
d = Big('-' + 'f' * 30, 16)
print(c, d, c + d, type(c * d).__name__)
b.tag = 'big'
print(b.tag, b.__dict__, Big(7) + Big(2 ** 64))
small = Big(5)
small.note = 1
print(small, small * 2 ** 70, Big(2 ** 63 - 1) + 1, Big(-2 ** 63) - 1)


class Flags(int):
    def __repr__(self):
        return 'Flags(%s)' % hex(self)


f = Flags(2 ** 90 | 5)
print(repr(f), f | 2, type(f | 2).__name__, f & ~5)
print(sorted([Big(2 ** 70), 3, Big(-2 ** 70), 2 ** 69]))
