# warn()'s argument errors are those of CPython's C function (argument clinic), and the
# category must be a Warning subclass.
import warnings

calls = [
    lambda: warnings.warn(),
    lambda: warnings.warn('m', int),
    lambda: warnings.warn('m', 'UserWarning'),
    lambda: warnings.warn('m', Exception),
    lambda: warnings.warn('m', UserWarning, 'x'),
    lambda: warnings.warn('m', UserWarning, 1, None, 5),
    lambda: warnings.warn('m', bogus=1),
    lambda: warnings.warn('m', message='again'),
    lambda: warnings.warn_explicit('m', UserWarning, 5, 1),
    lambda: warnings.warn_explicit('m', UserWarning, 'f.py'),
    lambda: warnings.warn_explicit('m', UserWarning, 'f.py', 1, registry=[]),
    lambda: warnings.warn_explicit('m', UserWarning, 'f.py', 1, module_globals=1),
]
for call in calls:
    try:
        call()
        print('no error')
    except TypeError as e:
        print('TypeError:', e)
