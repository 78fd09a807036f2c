# Comparisons between ints of any size: ordering across the 64-bit boundary and across signs,
# equality, sorting, min/max, chained comparisons and `in`.
vals = [2 ** 100, -(2 ** 100), 2 ** 64, 2 ** 64 - 1, 2 ** 63, 2 ** 63 - 1, -(2 ** 63), -(2 ** 63) - 1,
        0, 1, -1, 10 ** 30, -10 ** 30, 2 ** 100 + 1, 2 ** 99]
print(sorted(vals))
print(sorted(vals, reverse=True)[:4])
print(min(vals), max(vals))
for a in (2 ** 64, -(2 ** 64), 2 ** 63 - 1):
    for b in (2 ** 64, 2 ** 64 + 1, -(2 ** 64), 2 ** 63, 5):
        print(a < b, a <= b, a == b, a != b, a > b, a >= b, end=' | ')
    print()
print(2 ** 100 == 2 ** 100, 2 ** 100 != 2 ** 100 + 1)
print(0 < 2 ** 100 < 2 ** 101 < 2 ** 102, -(2 ** 100) < -1 < 0 < 2 ** 64)
print(2 ** 64 in [1, 2, 18446744073709551616], -(2 ** 70) in (2 ** 70,), 2 ** 70 in {2 ** 70: 0})
i = 0
limit = 2 ** 70
while i < limit:
    i = i * 4 + 3
print(i, i > limit, i >= 2 ** 71, i == 2 ** 72 - 1)
n = -(2 ** 65)
steps = 0
while n < -(2 ** 60):
    n //= 2
    steps += 1
print(n, steps)
print([x for x in vals if x > 2 ** 63 - 1])
print(sorted(vals, key=lambda v: (v % 7, v))[:5])
print(max(2 ** 64, 2 ** 64 + 0), min(-(2 ** 64), -(2 ** 64) - 0))
