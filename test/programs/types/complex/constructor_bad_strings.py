# Malformed text is ValueError 'complex() arg is a malformed string'; misplaced underscores
# have their own message, which shows the original string.
bad = [
    '', ' ', '()', '(', ')', '(1', '1)', '((1))', '1 + 2j', '1+ 2j', '1 +2j', '1+2j+', '1+2jj',
    '1j+2', 'j1', 'jj', '1e', '1e+', '1ej', '1e+j', '+-1', '--1j', '1+-2j', '0x10', '0b1', '1..5',
    '.', '.j', '1.2.3', 'i', '1i', '1+2i', 'nan(1)', 'infinit', 'in', 'na', '1\x00', '1\x1c',
    '\x1c1', '1\u3000+2j', '1\xff', '\u2167', '1+2j\x85x',
]
for t in bad:
    try:
        print(repr(t), complex(t))
    except ValueError as e:
        print(repr(t), type(e).__name__, e)
underscores = ['1__0j', '_1j', '1_j', '1_', '1_.5', '1._5', '1e_5', '1_e5', '1+_2j', '(1_)',
               '1_\x00', '\u0661_\u0662', '1_0\x002', '1_000_000j', '1_2+3_4j']
for t in underscores:
    try:
        print(repr(t), complex(t))
    except ValueError as e:
        print(repr(t), type(e).__name__, e)
