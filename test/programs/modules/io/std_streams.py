# The standard streams refuse the wrong direction with io.UnsupportedOperation, as CPython's
# TextIOWrapper objects do; input() at the end of input raises EOFError.
import io
import sys

for label, fn in [('stdin.write', lambda: sys.stdin.write('x')),
                  ('stdout.readline', lambda: sys.stdout.readline()),
                  ('stderr.readline', lambda: sys.stderr.readline())]:
    try:
        fn()
    except io.UnsupportedOperation as e:
        print(label, type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))

print(sys.stdout.writable(), sys.stdin.readable(), sys.stdout.readable())
print(sys.stdout.write('written directly\n'))
print(repr(sys.stdin.readline()))
try:
    input('prompt> ')
except EOFError as e:
    print()
    print('EOFError', repr(str(e)))
