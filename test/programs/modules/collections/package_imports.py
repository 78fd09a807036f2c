# collections is a package of the bundled library: its submodule abc imports in every form,
# is bound on the package, and shares one module object.
import sys
import collections.abc
from collections import abc
from collections.abc import Mapping as M1
import collections.abc as cabc

print(collections.abc is abc is cabc, M1 is abc.Mapping)
print(collections.__name__, collections.__package__, abc.__name__, abc.__package__)
print('collections' in sys.modules, 'collections.abc' in sys.modules)
print(sys.modules['collections.abc'] is abc, hasattr(collections, '__path__'), hasattr(abc, '__path__'))
from collections import *
print(sorted(n for n in globals() if n[0].isupper()))
try:
    import collections.missing
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e, e.name)
try:
    from collections import missing_name
except ImportError as e:
    print('ImportError', str(e).split(' (')[0])
try:
    import heapq.sub
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e)
