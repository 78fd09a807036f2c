# Ordering and equality of ints, including negative and near-64-bit values.
print(1 < 2, 2 < 1, 2 <= 2, 3 >= 4, 5 == 5, 5 != 5)
print(-1 < 0, -10 < -9, 0 > -1)
print(9223372036854775807 > 9223372036854775806)
print(-9223372036854775807 < -9223372036854775806)
print(1000000000000000000 == 10 ** 18)
a = 123456789012
b = 123456789013
print(a < b, a == b - 1, a != b)
