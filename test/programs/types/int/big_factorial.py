# Factorials with big ints: n! for n up to 3000 by repeated multiplication, exact small values,
# digit counts without str() (beyond the 4300-digit limit), trailing zeros and digit sums.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def digits(x):
    # the number of decimal digits, by peeling 100 digits at a time (str() has a limit)
    n = 0
    big = 10 ** 100
    while x >= big:
        x //= big
        n += 100
    return n + len(str(x))


for n in (20, 21, 25, 30, 50):
    print(n, fact(n))
f1000 = fact(1000)
print(digits(f1000), sum(int(c) for c in str(f1000)), str(f1000)[:30])
zeros = 0
x = f1000
while x % 10 == 0:
    x //= 10
    zeros += 1
print('trailing zeros', zeros, 'expected', sum(1000 // 5 ** k for k in range(1, 5)))
f3000 = fact(3000)
print(digits(f3000), f3000.bit_length(), f3000 % (10 ** 9 + 7), len(hex(f3000)))
print(fact(3000) // fact(2999) == 3000, f3000 // f1000 % 10 ** 20)
binom = fact(200) // (fact(100) * fact(100))
print(binom, binom % 2)
