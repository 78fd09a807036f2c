# The order of int() errors on long inputs, as CPython: a misplaced '_' and an input with no
# digits are invalid literals first, then the digit limit, then junk after the digits; invalid
# literal messages quote at most 200 characters of the input.
cases = ['1' * 5000 + 'x', 'x' + '1' * 5000, '1' * 5000 + '__1', '1' * 5000 + '_', '1' * 300 + 'x',
         '1' * 3000 + ' ' + '1' * 3000, '+-' + '1' * 5000, '0x' + 'f' * 5000 + 'g', '1' * 4301 + '.5',
         '0' * 4301 + '7', '_' + '1' * 5000]
for s in cases:
    try:
        v = int(s, 0 if s.startswith('0x') else 10)
        print('ok', v.bit_length())
    except ValueError as e:
        msg = str(e)
        print(len(msg), msg[:90], msg[-40:])
try:
    int('1' * 250 + '?', 16)
except ValueError as e:
    print(e)
try:
    int('0' + '1' * 4400, 0)
except ValueError as e:
    print(e)
