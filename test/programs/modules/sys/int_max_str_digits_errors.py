# The argument checks of sys.set_int_max_str_digits (argument clinic, a C int 'maxdigits') and
# sys.get_int_max_str_digits, with CPython's messages; a refused value leaves the limit as it was.
import sys


class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


cases = [
    ('-1', lambda: sys.set_int_max_str_digits(-1)),
    ('1', lambda: sys.set_int_max_str_digits(1)),
    ('639', lambda: sys.set_int_max_str_digits(639)),
    ('2**31', lambda: sys.set_int_max_str_digits(2 ** 31)),
    ('-2**31', lambda: sys.set_int_max_str_digits(-2 ** 31)),
    ('10**30', lambda: sys.set_int_max_str_digits(10 ** 30)),
    ('1.5', lambda: sys.set_int_max_str_digits(1.5)),
    ('"5000"', lambda: sys.set_int_max_str_digits('5000')),
    ('None', lambda: sys.set_int_max_str_digits(None)),
    ('no args', lambda: sys.set_int_max_str_digits()),
    ('two args', lambda: sys.set_int_max_str_digits(700, 800)),
    ('pos and kw', lambda: sys.set_int_max_str_digits(700, maxdigits=800)),
    ('bad kw', lambda: sys.set_int_max_str_digits(digits=700)),
    ('two kws', lambda: sys.set_int_max_str_digits(maxdigits=700, extra=1)),
    ('get with arg', lambda: sys.get_int_max_str_digits(1)),
    ('get with kw', lambda: sys.get_int_max_str_digits(x=1)),
    ('Index(639)', lambda: sys.set_int_max_str_digits(Index(639))),
    ('Index(2**40)', lambda: sys.set_int_max_str_digits(Index(2 ** 40))),
]
for label, f in cases:
    try:
        print(label, 'returned', f())
    except (TypeError, ValueError, OverflowError) as e:
        print(label, type(e).__name__, e)
    print('  limit is', sys.get_int_max_str_digits())

# accepted: bools are ints, __index__ objects are converted, 2**31 - 1 is a C int
for v in (False, Index(1234), 2 ** 31 - 1, True * 640):
    sys.set_int_max_str_digits(v)
    print(type(v).__name__, sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 10000)))
