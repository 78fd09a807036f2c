# sys.get_int_max_str_digits / set_int_max_str_digits and sys.int_info: the limit decides
# which int <-> decimal str conversions raise ValueError, 0 lifts it, and powers of two never
# have one. The two ValueError texts differ (int -> str has no digit count).
import sys

print(sys.get_int_max_str_digits())
print(sys.int_info)
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
print(sys.int_info[2] == sys.int_info.default_max_str_digits, len(sys.int_info), tuple(sys.int_info)[2:])


def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', len(r) if isinstance(r, str) else r.bit_length())
    except ValueError as e:
        print(label, 'ValueError:', e)


big = 10 ** 5000 + 12345
text = '7' * 5000

attempt('str default', lambda: str(big))
attempt('int default', lambda: int(text))

print(sys.set_int_max_str_digits(0), sys.get_int_max_str_digits())
attempt('str unlimited', lambda: str(big))
attempt('int unlimited', lambda: int(text))
print(str(big)[-5:], int(text) % 1000003)

for limit in (640, 641, 4999, 5000, 5001, 100000):
    sys.set_int_max_str_digits(limit)
    print('limit', sys.get_int_max_str_digits())
    attempt('  str', lambda: str(big))
    attempt('  int', lambda: int(text))
    attempt('  repr neg', lambda: repr(-big))
    attempt('  format', lambda: format(big, ','))

sys.set_int_max_str_digits(640)
attempt('640 digits', lambda: str(10 ** 639))
attempt('641 digits', lambda: str(10 ** 640))
attempt('int 640', lambda: int('9' * 640))
attempt('int 641', lambda: int('9' * 641))
attempt('int 641 underscores', lambda: int('9_' * 640 + '9'))
attempt('hex any size', lambda: hex(big))
attempt('int base 16', lambda: int('f' * 5000, 16))
attempt('int base 7', lambda: int('6' * 641, 7))
attempt('f-string', lambda: f'{10 ** 700}')
attempt('%d', lambda: '%d' % 10 ** 700)
# the limit counts characters of the int's text, not of the whole string
attempt('padded', lambda: format(10 ** 600, '>2000'))
sys.set_int_max_str_digits(maxdigits=0)
print(sys.get_int_max_str_digits(), len(str(2 ** 100000)))
