# Values at the edge of 64 bits, where ints change representation: 2**63 - 1 + 1, -2**63 (the
# first value past the compact range on the negative side), negation, abs, // -1, ~.
a = 9223372036854775807
b = -9223372036854775808
print(a + 1, a + 1 - 1, (a + 1) - 1 == a, type(a + 1).__name__)
print(b, b - 1, b + 1, -b, abs(b), b // -1, b * -1, ~b, ~a, -(-b))
print(b // 2, b % 3, b >> 1, b << 1, b & 0xFF, b | 1, b ^ -1)
print(a * 2, a * -1, a * -1 - 1 == b, -a - 1 == b, a - b, b - a)
print(b == -2 ** 63, b == -(2 ** 63), hash(b), hash(b + 1), hash(a), hash(a + 1))
print(divmod(b, -1), divmod(b, 2 ** 63), divmod(a + 1, -1))
print(str(b), repr(a + 1), hex(b), bin(a + 1), oct(b - 1))
print(int('-9223372036854775808'), int('9223372036854775808'), int('-9223372036854775809'))
print(int(-9.223372036854775808e18), int(9.223372036854775808e18), float(b), float(a + 1))
print(b < a, b - 1 < b, a + 1 > a, sorted([a + 1, b, a, b - 1]))
x = a
for _ in range(3):
    x += 1
print(x)
y = b
for _ in range(3):
    y -= 1
print(y)
print(2 ** 62 + 2 ** 62, -(2 ** 62) - 2 ** 62, -(2 ** 62) - 2 ** 62 - 1)
print(3037000499 * 3037000499, 3037000500 * 3037000500)
print([b, a + 1][0] + [b, a + 1][1])
print((-2 ** 63) in range(-2 ** 63, 0), range(-2 ** 63, 0)[0], range(-2 ** 63, 0).index(-2 ** 63))
print(range(-2 ** 63, 2 ** 63 - 1)[-1], range(-2 ** 63, 2 ** 63 - 1)[2 ** 63])
