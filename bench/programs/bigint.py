# bigint: arbitrary-precision int arithmetic. 2000 digits of pi by Machin's formula (series of
# big-by-small divisions in fixed point), 3000! by repeated multiplication, its decimal digit
# count (divisions by 10**100), and a modular power with a 1000-bit modulus.


def arctan_inv(x, one):
    # atan(1/x) * one, summed until the terms vanish
    total = one // x
    term = total
    x2 = x * x
    k = 3
    sign = -1
    while term:
        term = term // x2
        total = total + sign * (term // k)
        sign = -sign
        k = k + 2
    return total


def pi_digits(n):
    one = 10 ** (n + 10)
    pi = 4 * (4 * arctan_inv(5, one) - arctan_inv(239, one))
    return pi // 10 ** 10


def factorial(n):
    r = 1
    i = 2
    while i <= n:
        r = r * i
        i = i + 1
    return r


def decimal_length(x):
    n = 0
    big = 10 ** 100
    while x >= big:
        x = x // big
        n = n + 100
    return n + len(str(x))


def main():
    p = pi_digits(2000)
    s = str(p)
    print("pi", s[:20], s[-20:], len(s))
    f = factorial(3000)
    flen = decimal_length(f)
    print("3000!", flen, f % 1000000007)
    m = 2 ** 1000 - 1 - 2 ** 500
    r = pow(3, 10 ** 50, m)
    print("pow", r % 1000000007)
    if s[:10] == "3141592653" and s[-5:] == "59009" and flen == 9131 and f % 1000000007 == 341406877 and r % 1000000007 == 682152400:
        print("ok")
    else:
        print("WRONG")


main()
