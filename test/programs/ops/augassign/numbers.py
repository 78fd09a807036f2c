# Every augmented assignment operator on ints and floats.
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 4
print(x)
x //= 5
print(x)
x %= 5
print(x)
x **= 3
print(x)
x /= 4
print(x)
y = 0b1100
y &= 0b1010
print(y)
y |= 0b0101
print(y)
y ^= 0b1111
print(y)
y <<= 4
print(y)
y >>= 2
print(y)
f = 1.5
f += 1
f *= -2
print(f)
