"""A pure Python implementation of import's public helpers (pyrite's importlib).

import_module() resolves a relative name against `package` as the import statement does and
imports through __import__ (the core's import machinery: builtin modules, the bundled library,
then sys.path). reload() is not supported: pyrite cannot run a module's code again in place.
"""

__all__ = ['import_module', 'invalidate_caches', 'reload']

import sys


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '%s.%s' % (base, name) if name else base


def import_module(name, package=None):
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for %r" % name)
        for character in name:
            if character != '.':
                break
            level += 1
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        name = _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError('Empty module name')
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    # pyrite's finders keep no directory caches: nothing to invalidate
    pass


def reload(module):
    raise NotImplementedError('importlib.reload() is not supported by pyrite')
