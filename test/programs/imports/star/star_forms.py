import sys
ns = vars(sys.modules[__name__])
from pubmod import *
print(sorted(n for n in ns if not n.startswith('__')))
from allmod import *
print(a, b, 'c' in ns)
try:
    from badall import *
except TypeError as e:
    print('TypeError:', e)
try:
    from missingall import *
except AttributeError as e:
    print('AttributeError:', e)
print(present)
