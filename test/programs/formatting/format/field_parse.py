# str.format parses a field the way CPython's parse_field does (scanning the rest of the
# string, not a pre-matched field), so malformed fields fail with CPython's messages; field
# indexes accept any Unicode decimal digits.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

fmts = ['{0!}', '{0!}}', '{0!r', '{0!r}', '{0!rr}', '{0!r:}', '{0!r:>5}', '{0!\x01}', '{0!\u20ac}',
        '{0!x}', '{!}', '{a{}', '{0:{1}', '{0:{1}}}', '{0[}', '{0[0}', '{0]}', '{0[0]x}', '{0.}',
        '{.x}', '{0..x}', '{0[]}', '{', '}', 'a}b', '{{}}', '{0:}}', '{0:{{}}}', '{ 0}', '{00}',
        '{\u0661}', '{0[\u0661]}', '{99999999999999999999}', '{0[99999999999999999999]}',
        '{0:{1:{2}}}', '{0:{1:{2:{3}}}}', '{:{}}', '{0}{}', '{}{0}', '{0!s:{1}}', '{-1}',
        '{0[-1]}', '{0.__class__.__name__}', '{0[0][0]}']
for f in fmts:
    show(f, lambda: f.format('xy', 8, '^', 4, a=1))

class Loud:
    def __getitem__(self, k):
        print('  getitem', repr(k))
        return self
    def __getattr__(self, name):
        print('  getattr', name)
        return self
    def __format__(self, spec):
        return 'L(' + spec + ')'
# steps run left to right, and an error further right comes only after the earlier steps
show('steps', lambda: '{0.a[1].b[c]}'.format(Loud()))
show('late error', lambda: '{0.a[1]x}'.format(Loud()))
show('late missing', lambda: '{0.a[1}'.format(Loud()))
