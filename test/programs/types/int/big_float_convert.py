# float(int) for big ints: correctly rounded (ties to even), the largest finite results, and
# OverflowError "int too large to convert to float" beyond them.
print(float(2 ** 64), float(2 ** 64 + 1), float(2 ** 100), float(-(2 ** 100)))
print(float(2 ** 53 + 1), float(2 ** 54 + 2), float(2 ** 54 + 3))
# halfway cases above 64 bits: the sticky bits decide
print(float(2 ** 64 + 2 ** 11), float(2 ** 64 + 2 ** 11 + 1), float(2 ** 64 + 2 ** 12 + 2 ** 11))
print(float(2 ** 80 + 2 ** 27), float(2 ** 80 + 2 ** 27 + 1), float(2 ** 80 + 3 * 2 ** 27))
print(float(10 ** 22), float(10 ** 23), float(10 ** 308), float(-10 ** 308))
print(float(2 ** 1023 * 3 // 2), float(2 ** 1024 - 2 ** 971 - 1), float(2 ** 1024 - 2 ** 970 - 1))
for v in (2 ** 1024, 2 ** 1024 - 2 ** 970, -(2 ** 1024 - 2 ** 970), 10 ** 400, -(10 ** 309)):
    try:
        print(float(v))
    except OverflowError as e:
        print('OverflowError', e)
print(int(float(2 ** 100)) == 2 ** 100, int(float(3 ** 100)) == 3 ** 100)
seed = 5
for i in range(8):
    seed = (seed * 6364136223846793005 + 1) % 2 ** 64
    v = seed * 2 ** (i * 40) + i
    print(float(v), float(-v) == -float(v))
print(2 ** 200 + 0.5, 0.25 * 2 ** 100, 2 ** 100 - 1.0, 1.5 - 2 ** 70)
try:
    print(1.0 + 10 ** 400)
except OverflowError as e:
    print('OverflowError', e)
try:
    print(10 ** 400 * 0.0)
except OverflowError as e:
    print('OverflowError', e)
