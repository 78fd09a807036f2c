# center, ljust, rjust (fill byte), zfill, expandtabs.
s = b'abc'
print(s.center(9), s.center(8, b'*'), s.center(9, b'*'), b'ab'.center(7, b'-'), s.center(2), s.center(-1))
print(s.ljust(6, b'.'), s.rjust(6, b'.'), s.ljust(3), s.rjust(0), b''.ljust(3, b'x'), s.ljust(5, bytearray(b'~')))
print(b'42'.zfill(5), b'-42'.zfill(5), b'+42'.zfill(5), b'-'.zfill(3), b''.zfill(3), b'abc'.zfill(2), b'1.5'.zfill(6))
print(b'a\tb\tc'.expandtabs(), b'a\tbc\td'.expandtabs(4), b'ab\tc\nd\te'.expandtabs(3), b'\t'.expandtabs(0))
print(b'x\r\ty'.expandtabs(tabsize=2), b'no tabs'.expandtabs(1))

def attempt(label, f):
    try:
        print(label, '->', f())
    except (TypeError, ValueError, OverflowError) as e:
        print(label, '!!', type(e).__name__ + ':', e)

attempt('center no args', lambda: s.center())
attempt('center three', lambda: s.center(1, b'x', 2))
attempt('center str fill', lambda: s.center(10, 'x'))
attempt('center long fill', lambda: s.center(10, b'xy'))
attempt('center float', lambda: s.center(1.5))
attempt('ljust int fill', lambda: s.ljust(10, 1))
attempt('rjust keyword', lambda: s.rjust(10, fillchar=b'x'))
attempt('zfill str', lambda: s.zfill('a'))
attempt('zfill none', lambda: s.zfill())
attempt('expandtabs str', lambda: s.expandtabs('a'))
attempt('expandtabs bad keyword', lambda: s.expandtabs(x=4))
attempt('expandtabs two', lambda: s.expandtabs(1, 2))
