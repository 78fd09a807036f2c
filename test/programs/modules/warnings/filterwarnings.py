# filterwarnings(): the message pattern matches the start of the text, ignoring case; the module
# pattern the module's name; lineno and category narrow it; equal filters are not duplicated;
# bad arguments are AssertionErrors, as in CPython 3.11.
import warnings

warnings.resetwarnings()
warnings.simplefilter('always')
warnings.filterwarnings('ignore', 'deprecated')
warnings.filterwarnings('ignore', r'.*\bspam\b')
warnings.filterwarnings('error', 'fatal: [0-9]+', RuntimeWarning)
warnings.filterwarnings('ignore', module='other_mod')
print(warnings.filters)

warnings.warn('Deprecated thing')            # ignored: case-insensitive prefix
warnings.warn('this is deprecated')          # shown: not at the start
warnings.warn('eggs and spam')               # ignored
warnings.warn('spammy eggs')                 # shown: \b
warnings.warn('fatal: 42')                   # a UserWarning: shown
try:
    warnings.warn('FATAL: 7 times', RuntimeWarning)
except RuntimeWarning as e:
    print('error:', e)
warnings.warn('fatal: x', RuntimeWarning)    # shown: no digits
warnings.warn_explicit('from elsewhere', UserWarning, 'other_mod.py', 3)
warnings.warn_explicit('from elsewhere', UserWarning, 'other_module.py', 3)

warnings.filterwarnings('ignore', 'deprecated')  # moves to the front, not duplicated
print(len(warnings.filters), warnings.filters[0])
warnings.filterwarnings('ignore', lineno=35, append=True)
print(warnings.filters[-1])
warnings.filters.insert(0, ('ignore', None, UserWarning, None, 36))
warnings.warn_explicit('line 36 is ignored', UserWarning, 'x.py', 36)
warnings.warn_explicit('line 37 is shown', UserWarning, 'x.py', 37)

for args, kwargs in [(('bogus',), {}), (('ignore', 5), {}), (('ignore', '', 5), {}),
                     (('ignore', '', int), {}), (('ignore', '', Warning, 5), {}),
                     (('ignore',), {'lineno': -1})]:
    try:
        warnings.filterwarnings(*args, **kwargs)
    except AssertionError as e:
        print('AssertionError:', e)
try:
    warnings.simplefilter('loud')
except AssertionError as e:
    print('AssertionError:', e)
