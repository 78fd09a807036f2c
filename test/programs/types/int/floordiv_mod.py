# // and % on ints floor toward negative infinity; the sign of % follows the divisor.
print(7 // 2, 7 % 2)
print(-7 // 2, -7 % 2)
print(7 // -2, 7 % -2)
print(-7 // -2, -7 % -2)
print(6 // 3, 6 % 3)
print(-6 // 3, -6 % 3)
print(0 // 5, 0 % 5)
print(0 // -5, 0 % -5)
print(1 // 10, -1 // 10)
print(1 % 10, -1 % 10)
print(1000000000000000000 // 7, 1000000000000000000 % 7)
print(-1000000000000000000 // 7, -1000000000000000000 % 7)
a = 17
b = -5
print(a // b * b + a % b == a)
