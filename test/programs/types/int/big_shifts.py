# << and >> on big ints: left shifts across digits, right shifts that floor for negatives
# (-1 >> n == -1), shifts by counts beyond the number's size, and the errors for bad counts.
print(1 << 64, 1 << 100, -1 << 100, 5 << 63, -5 << 63)
print((2 ** 100 + 12345) >> 3, (2 ** 100 + 12345) >> 64, (2 ** 100 + 12345) >> 100)
print(-(2 ** 100) >> 1, -(2 ** 100) >> 100, -(2 ** 100) >> 101, -(2 ** 100 + 1) >> 100)
print(-1 >> 1000, -(2 ** 70) >> 2000, 2 ** 70 >> 2000, 0 << 2 ** 100, 2 ** 70 >> 2 ** 100)
print(-(2 ** 100) >> 2 ** 100, 3 >> 2 ** 70, -3 >> 2 ** 70)
for n in (1, 31, 32, 33, 63, 64, 65, 127, 128, 129):
    v = (2 ** 130 + 2 ** 70 + 977) * (-1 if n % 2 else 1)
    assert (v << n) >> n == v
    assert v >> n == v // 2 ** n
    assert v << n == v * 2 ** n
    print(n, v >> n, (v << n) % 10 ** 12)
for a, b in ((2 ** 100, -1), (1, -(2 ** 100))):
    for op, f in (('<<', lambda: a << b), ('>>', lambda: a >> b)):
        try:
            print(f())
        except ValueError as e:
            print(op, 'ValueError', e)
try:
    print(1 << 2 ** 100)
except OverflowError as e:
    print('OverflowError', e)
x = 1
for i in range(100):
    x = (x << 3) | (i & 7)
print(x, x >> 150, x.bit_length())
