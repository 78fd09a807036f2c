# A real program: 1000 digits of pi with Machin's formula pi = 16 atan(1/5) - 4 atan(1/239),
# each arctangent summed as a series in fixed point (big ints scaled by 10**(digits + guard)).
def arctan_inv(x, one):
    # atan(1/x) * one = sum (-1)^k one / ((2k+1) x^(2k+1))
    total = term = one // x
    x2 = x * x
    k = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * k + 1))
        sign = -sign
        k += 1
    return total


def pi_digits(n):
    guard = 10
    one = 10 ** (n + guard)
    pi = 4 * (4 * arctan_inv(5, one) - arctan_inv(239, one))
    return pi // 10 ** guard


p = pi_digits(1000)
s = str(p)
print(s[0] + '.' + s[1:51])
for i in range(1, 1001, 100):
    print(i, s[i:i + 50])
print(len(s), s[-10:], sum(int(c) for c in s))
counts = [s.count(str(d)) for d in range(10)]
print(counts, sum(counts))
print('six nines (the Feynman point) at', s.find('999999'))
