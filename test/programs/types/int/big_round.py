# round() on big ints: ndigits >= 0 returns the int itself, negative ndigits rounds half to even
# at 10**-ndigits, for values of every size, negative values and exact ties.
v = 12345678901234567890123456789
for nd in (None, 5, 0, -1, -2, -5, -10, -28, -29, -30, -100):
    print(nd, round(v, nd) if nd is not None else round(v), round(-v, nd) if nd is not None else round(-v))
print(round(25 * 10 ** 30, -31), round(35 * 10 ** 30, -31), round(-25 * 10 ** 30, -31), round(-35 * 10 ** 30, -31))
print(round(5 * 10 ** 17, -18), round(15 * 10 ** 17, -18), round(25 * 10 ** 17, -18), round(-5 * 10 ** 17, -18))
print(round(9223372036854775807, -1), round(-9223372036854775807, -1), round(9223372036854775807, -18))
print(round(2 ** 200, -50) % 10 ** 50, round(2 ** 200, -50) == (2 ** 200 + 5 * 10 ** 49) // 10 ** 50 * 10 ** 50)
print(round(10 ** 50 + 10 ** 49 * 5, -50), round(10 ** 50 + 10 ** 49 * 5 + 1, -50), round(2 * 10 ** 50 + 10 ** 49 * 5, -50))
print(round(123, -2 ** 40 // 2 ** 30), round(2 ** 70, -1000), round(-(2 ** 70), -21), round(-(2 ** 70), -22))
print(type(round(2 ** 70, 3)).__name__, round(True, -1), round(2 ** 70, True))
try:
    round(2 ** 70, 1.5)
except TypeError as e:
    print('TypeError', e)
