# pow(a, b, m): modular powers with big bases, exponents and moduli, negative moduli (the result
# takes m's sign), negative exponents through the modular inverse (3.8+), and its errors.
print(pow(2, 10 ** 20, 10 ** 9 + 7))
print(pow(3, 2 ** 100, 2 ** 61 - 1))
print(pow(2 ** 100 + 7, 2 ** 80 + 3, 10 ** 30 + 57))
print(pow(-3, 10 ** 20 + 1, 10 ** 25 + 7), pow(-3, 10 ** 20 + 1, -10 ** 25 - 7))
print(pow(5, 3, 1), pow(5, 0, 7), pow(0, 0, 7), pow(7, 0, 1), pow(2, 5, -3))
print(pow(3, -1, 7), pow(3, -2, 7), pow(38, -1, 97), pow(-38, -1, 97))
print(pow(2 ** 100 + 1, -1, 2 ** 127 - 1))
inv = pow(12345678901234567890, -1, 10 ** 30 + 57)
print(inv, inv * 12345678901234567890 % (10 ** 30 + 57))
print(pow(3, -5, -7), pow(2, -1, 1), pow(0, -1, 1))
p = 2 ** 89 - 1  # a Mersenne prime: Fermat's little theorem holds for every base
print([pow(a, p - 1, p) for a in (2, 3, 10 ** 20, 2 ** 88 + 5)])
print([pow(a, (p - 1) // 2, p) in (1, p - 1) for a in (2, 3, 5, 7)])
for args in ((2, 3, 0), (2, -1, 4), (0, -1, 5), (10, -1, 2 ** 64), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), ('2', 3, 5), (2, 3, '5')):
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(pow(2, 3, None), pow(2 ** 70, 2, None) == 2 ** 140)
