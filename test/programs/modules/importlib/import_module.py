# importlib.import_module: absolute names, dotted names, relative names with package=, the
# module object is the one import binds, and the errors.
import importlib
import sys

heapq = importlib.import_module('heapq')
import heapq as h2
print(heapq is h2, heapq.__name__, 'heapq' in sys.modules)
abc_mod = importlib.import_module('collections.abc')
print(abc_mod.__name__, abc_mod is sys.modules['collections.abc'])
print(importlib.import_module('.abc', 'collections') is abc_mod)
print(importlib.import_module('..abc', 'collections.abc') is abc_mod)
print(importlib.import_module('.', 'collections').__name__)
print(importlib.import_module('sys') is sys)
importlib.invalidate_caches()

for name, package in [('.x', None), ('..x', 'a'), ('', None), ('no_such_module_here', None),
                      ('heapq.sub', None), ('...far', 'a.b')]:
    try:
        importlib.import_module(name, package)
    except (TypeError, ImportError, ValueError) as e:
        print(type(e).__name__, e)
