# int / int when either side is big: correctly rounded to the nearest double (ties to even),
# down to subnormals and zero, OverflowError when the quotient is beyond the double range.
print(2 ** 100 / 2 ** 98, 10 ** 400 / 10 ** 399, -10 ** 300 / 7, 10 ** 30 / 3)
print(2 ** 2000 / 2 ** 1000 == 2.0 ** 1000, 2 ** 2000 / 3 ** 1000)
print(1 / 2 ** 2000, -1 / 2 ** 1000, 3 / 2 ** 1074, 3 / 2 ** 1075, 1 / 2 ** 1075, 1 / 2 ** 1074)
print((2 ** 1023) / 1, (2 ** 1024 - 2 ** 970 - 1) / 1)
print((2 ** 53 + 1) / 2, (2 ** 64 + 1) / 2 ** 11, (3 ** 100) / (3 ** 99))
print(0 / 2 ** 100, 0 / -(2 ** 100), -(2 ** 100) / 2 ** 100)
print(10 ** 50 / (10 ** 50 + 1), (10 ** 50 + 1) / 10 ** 50)
for a, b in ((2 ** 1100, 3), (10 ** 400, 1), (-(2 ** 1100), 2 ** 50), (2 ** 1024, 1), (2 ** 1024 - 2 ** 970, 1)):
    try:
        print(a / b)
    except OverflowError as e:
        print('OverflowError', e)
try:
    print(2 ** 100 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
seed = 11
for i in range(10):
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    a = seed * 2 ** (i * 37) + 1
    b = (seed >> 7) * 2 ** (i * 23) + 3
    print(a / b, -a / b == -(a / b))
