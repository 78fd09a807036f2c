# +, - and * on ints, including results near 1e18 (still within 64-bit signed range).
a = 123456789
b = 987654321
print(a + b)
print(a - b)
print(b - a)
print(a * 3)
print(a * b)
print(-a * b)
print(1000000000 * 1000000000)
print(999999999999999999 + 1)
print(-999999999999999999 - 1)
print(4611686018427387904 + 4611686018427387903)
x = 0
x = x + 10
x = x - 25
x = x * -4
print(x)
print(2 + 3 * 4 - 5)
print((2 + 3) * (4 - 5))
