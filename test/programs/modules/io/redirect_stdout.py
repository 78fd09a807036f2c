# Capturing print output by rebinding sys.stdout to a StringIO, and restoring it.
import io
import sys

def report(items):
    for name, qty in items:
        print(f'{name:<8}{qty:>4}')
    print('-' * 12)
    print(f'{"total":<8}{sum(q for _, q in items):>4}')

captured = io.StringIO()
saved = sys.stdout
sys.stdout = captured
try:
    report([('bolts', 40), ('nuts', 35), ('washers', 120)])
finally:
    sys.stdout = saved

text = captured.getvalue()
print(len(text.splitlines()), 'lines captured')
print(text.upper(), end='')
print(sys.stdout is saved)

err = io.StringIO()
print('to stderr', file=err)
print(repr(err.getvalue()))
