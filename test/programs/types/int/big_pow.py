# ** on big ints: powers of two and of other bases, negative bases, exponents 0 and 1, bases 0,
# 1 and -1 with huge exponents, and a negative exponent (a float result, or OverflowError).
print(2 ** 64, 2 ** 100, 2 ** 127 - 1)
print(3 ** 100, (-3) ** 101, 7 ** 50)
print((10 ** 20) ** 3, (-2 ** 40) ** 5)
print((2 ** 64) ** 0, (2 ** 64) ** 1, 0 ** 0, 0 ** (2 ** 100))
print(1 ** (2 ** 100), (-1) ** (2 ** 100), (-1) ** (2 ** 100 + 1))
x = 2 ** 100000
print(x.bit_length(), x % 1000000007, len(hex(x)))
y = 3 ** 20000
print(y.bit_length(), y % 10 ** 20)
print(sum(int(c) for c in str(2 ** 1000)))
print(pow(12345678901234567890, 7) % 10 ** 40)
print(2 ** -2, (2 ** 64) ** -1, 10 ** -20)
try:
    print((10 ** 400) ** -1)
except OverflowError as e:
    print('OverflowError', e)
for base in (2, 3, -5, 10, 2 ** 33 + 1):
    p = 1
    for k in range(60):
        assert base ** k == p
        p *= base
    print(base, p % 10 ** 9, base ** 59 == p // base)
