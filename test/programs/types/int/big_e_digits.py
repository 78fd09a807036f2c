# A real program: digits of e by summing 1/k! in fixed point with big ints, checked against a
# spigot over the same precision, and the first 10-digit prime found in its expansion.
def e_series(n):
    one = 10 ** (n + 10)
    total = term = one
    k = 1
    while term:
        term //= k
        total += term
        k += 1
    return total // 10 ** 10


def e_spigot(n):
    # e = 2 + 1/2 (1 + 1/3 (1 + 1/4 (1 + ...))): mixed-radix digits, all ones
    size = n + 10
    a = [1] * size
    out = '2'
    for _ in range(n):
        carry = 0
        for i in range(size - 1, 0, -1):
            v = a[i] * 10 + carry
            a[i] = v % (i + 1)
            carry = v // (i + 1)
        out += str(carry)
    return out


def is_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, r = n - 1, 0
    while d % 2 == 0:
        d //= 2
        r += 1
    for a in (2, 3, 5, 7, 11, 13, 17):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(r - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


e = str(e_series(500))
print(e[0] + '.' + e[1:61])
print(e == e_spigot(500)[:len(e)], len(e))
for i in range(len(e) - 10):
    if is_prime(int(e[i:i + 10])):
        print('first 10-digit prime in e:', e[i:i + 10], 'at', i)
        break
print(e[-20:], sum(map(int, e)))
