# A program that lowers the digit limit and then prints an int that is too long for it ends
# with an uncaught ValueError; what it printed before stays.
import sys

sys.set_int_max_str_digits(1000)
n = 1
for k in range(1, 401):
    n *= k
print('400! has', len(str(n)), 'digits')
n = n * n
print('bits:', n.bit_length(), 'hex digits:', len(hex(n)) - 2)
print(n)
