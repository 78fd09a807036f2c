# Chained comparisons: each operand is evaluated at most once, and evaluation stops early.
def val(x):
    print('eval', x)
    return x


print(1 < 2 < 3)
print(1 < 3 < 2)
print(3 > 2 > 1 >= 1 == 1 != 0)
print(val(1) < val(2) < val(3))
print(val(3) < val(2) < val(1))
x = 5
print(0 <= x < 10, 0 <= x < 5)
print(1 == 1.0 == True)
