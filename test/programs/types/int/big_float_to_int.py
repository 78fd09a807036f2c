# int(float) for huge floats is exact (every finite float is an integer beyond 2**53), as are
# round(), math-free floor/ceil/trunc; inf and nan raise.
print(int(1e300))
print(int(-1.5e300))
print(int(2.0 ** 63), int(-2.0 ** 63), int(2.0 ** 64), int(1.7976931348623157e308) % 10 ** 20)
print(int(1e20), int(-1e20), int(1.5e19), int(123456789012345678901234567890.0))
print(round(1e300) == int(1e300), round(-2.5e30), round(1.2345e25))
print((1e300).__trunc__() == int(1e300), (-1e22).__floor__(), (1e22).__ceil__())
print(float.__floor__(-1e300) == -int(1e300), float.__ceil__(1e200) == int(1e200))
print(int(1e300) == 1e300, int(1e300).bit_length(), int(2.0 ** 1023).bit_length())
print(divmod(1e300, 7) == divmod(float(int(1e300)), 7), int(1e300) % 7)
print(int(float(2 ** 80 + 1)), int(-float(2 ** 80 + 2 ** 28)))
for v in (float('inf'), float('-inf'), float('nan')):
    try:
        print(int(v))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    round(float('inf'))
except OverflowError as e:
    print('OverflowError', e)
