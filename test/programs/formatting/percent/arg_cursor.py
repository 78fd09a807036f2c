# printf-style formatting follows CPython's argument cursor: after a %(key) lookup the value
# is the only argument left, only '%%' is a literal percent ('%5%' consumes an argument and is
# then unsupported), one h/l/L length modifier is skipped, and numbers that are not ints are
# converted through __index__/__int__/__float__ as CPython does.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

cases = [
    ('%(a)s', {'a': 1}), ('%(a)s %s', {'a': 1}), ('%s %(a)s', {'a': 1}), ('%(a)*d', {'a': 3}),
    ('%(a)s %(a)r', {'a': 'x'}), ('%()s', {'': 1}), ('%((a))s', {'(a)': 2}), ('%(a)%', {'a': 1}),
    ('%*s', {'a': 1}), ('%s', {'a': 1}), ('%s %s', {'a': 1}), ('x', {}), ('x', []), ('x', b''),
    ('x', 'a'), ('x', 5), ('%%', ()), ('%%s', ()), ('%5%', (1,)), ('%5%', ()), ('%-%', ()),
    ('%s %5%', (1, 2)), ('%*%', (1, 2)), ('%(a)s%(b)5%', {'a': 1, 'b': 2}), ('%ld', (1,)),
    ('%Lf', (1.5,)), ('%hd', (2,)), ('%ll', (1,)), ('%hhd', (1,)), ('%5', (1,)), ('%.5', (1,)),
    ('%-', ()), ('abc %', ()), ('%(a', {}), ('%(a)', {'a': 1}), ('%y', (1,)), ('%\u20ac', (1,)),
    ('%\x01', (1,)), ('%s %y', (1,)), ('%.*s', (2, 'abc')), ('%.*s', ('x', 'abc')),
    ('%*.*f', (8, 2, 3.14159)), ('%-*d|', (-5, 1)), ('%*d|', (-5, 1)), ('%.*f', (-3, 1.5)),
    ('%s', ((),)), ('%s', ()), ('%s%s', [1, 2]), ('%(a)s', [1]), ('%c', 1.5), ('%c', 'xy'),
]
for fmt, args in cases:
    show((fmt, args), lambda: fmt % args)

class Idx:
    def __index__(self): return 10
class Num:
    def __int__(self): return 42
class Flt:
    def __float__(self): return 2.5
for conv in ['%d', '%i', '%u', '%x', '%X', '%o', '%f', '%e', '%g']:
    for v in [Idx(), Num(), Flt(), 3.7, True, '5']:
        show((conv, type(v).__name__), lambda: conv % v)

class Inner:
    """A __str__ that itself formats with '%' and str.format while the outer call runs."""
    def __str__(self):
        return '%5s|%s' % ('in', '{}{}'.format(1, 2))
print('%-12s|%s|%d' % (Inner(), 'after', 7))
print('%(x)s and %(y)08.3f' % {'x': Inner(), 'y': 3.14159})
