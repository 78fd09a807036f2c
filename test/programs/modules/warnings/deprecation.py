# The default filters: DeprecationWarning is shown when it is attributed to __main__ and ignored
# elsewhere (another module's name); PendingDeprecationWarning, ImportWarning and
# ResourceWarning are ignored; a library function's stacklevel=2 attributes its warning to the
# calling module.
import warnings

print([(f[0], f[2].__name__, f[3]) for f in warnings.filters])


def deprecated_helper():
    warnings.warn('deprecated_helper() is going away', DeprecationWarning, stacklevel=2)


warnings.warn('plain deprecation', DeprecationWarning)
deprecated_helper()
warnings.warn('pending', PendingDeprecationWarning)
warnings.warn('import', ImportWarning)
warnings.warn('resource', ResourceWarning)
warnings.warn_explicit('in a library', DeprecationWarning, 'lib.py', 5, module='lib')
warnings.warn_explicit('in main', DeprecationWarning, 'deprecation.py', 14, module='__main__')
registry = {}
warnings.warn_explicit('with a registry', DeprecationWarning, 'deprecation.py', 15, module='__main__', registry=registry)
warnings.warn_explicit('with a registry', DeprecationWarning, 'deprecation.py', 15, module='__main__', registry=registry)
print(sorted(k for k in registry if k != 'version'), registry['version'] >= 0)
print('done')
