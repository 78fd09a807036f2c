# A program may replace showwarning() (then called with message, category, filename, lineno,
# file, line) or formatwarning() (used by the default showwarning); showwarning(file=...) writes
# to that file; formatwarning() is callable on its own.
import sys
import warnings

print(repr(warnings.formatwarning('msg', UserWarning, 'f.py', 3)))
print(repr(warnings.formatwarning('msg', UserWarning, 'f.py', 3, line='  code here  ')))
warnings.showwarning('to stdout', RuntimeWarning, 'x.py', 7, file=sys.stdout, line='x = 1')


def my_format(message, category, filename, lineno, line=None):
    return f'[{category.__name__}] {message} @{lineno}\n'


warnings.formatwarning = my_format
warnings.warn('formatted by hand')
warnings.formatwarning = warnings._formatwarning_orig

seen = []


def my_show(message, category, filename, lineno, file=None, line=None):
    seen.append((str(message), category.__name__, lineno, file, line))


warnings.showwarning = my_show
warnings.warn('shown by hand')
warnings.warn_explicit('explicit too', UserWarning, 'e.py', 9)
print(seen)
warnings.showwarning = 42
try:
    warnings.warn('bad hook')
except TypeError as e:
    print('TypeError:', e)
warnings.showwarning = warnings._showwarning_orig
warnings.warn('back to normal')
