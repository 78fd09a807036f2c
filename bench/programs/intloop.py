# intloop: integer arithmetic on locals in a function (while and for loops).
# Every intermediate value stays below 2**62, so no bigints are needed.


def lcg_sum(n):
    # linear congruential generator, reduced mod 2**31 each step
    x = 12345
    total = 0
    i = 0
    while i < n:
        x = (x * 1103515245 + 12345) % 2147483648
        total = total + x // 65536 - 16384
        i += 1
    return total, x


def digit_mix(n):
    acc = 0
    for i in range(n):
        q = i // 7
        r = i - q * 7
        if r < 3:
            acc += q * r
        else:
            acc -= r
    return acc


def main():
    total, x = lcg_sum(800000)
    print("lcg", total, x)
    acc = digit_mix(800000)
    print("mix", acc)
    if total == -1210603 and x == 1266946873 and acc == 19589706128:
        print("ok")
    else:
        print("WRONG")


main()
