"""Argument checks with the messages of CPython's C functions (pyrite's private helper).

The bundled modules that stand in for CPython's C modules (itertools, functools, collections,
heapq, bisect) take *args/**kwargs where the C function's argument rules differ from a Python
signature's, and check them here, so a wrong call raises the TypeError CPython raises:
  positional(): the "f expected at least 2 arguments, got 1" family (_PyArg_CheckPositional);
  nokw():       "f() takes no keyword arguments";
  clinic():     Argument Clinic's parser (_PyArg_UnpackKeywords): "f() takes at most 2
                arguments (3 given)", "f() missing required argument 'r' (pos 2)",
                "'x' is an invalid keyword argument for f()";
  ReadOnly:     a read-only attribute of a C type, with that type's AttributeError text.
"""

MISSING = object()


def positional(name, nargs, lo, hi):
    """Raises CPython's TypeError unless lo <= nargs <= hi (hi None: no limit)."""
    if nargs < lo:
        raise TypeError('%s expected %s%d argument%s, got %d'
                        % (name, '' if lo == hi else 'at least ', lo, '' if lo == 1 else 's', nargs))
    if hi is not None and nargs > hi:
        raise TypeError('%s expected %s%d argument%s, got %d'
                        % (name, '' if lo == hi else 'at most ', hi, '' if hi == 1 else 's', nargs))


def nokw(name, kwargs):
    if kwargs:
        raise TypeError('%s() takes no keyword arguments' % name)


def clinic(name, args, kwargs, names, required, kwonly=0):
    """The values of parameters `names` (the last `kwonly` of them keyword-only, the first
    `required` required) from args and kwargs; MISSING for an optional one not given."""
    nargs = len(args)
    maxargs = len(names)
    maxpos = maxargs - kwonly
    total = nargs + len(kwargs)
    if total > maxargs:
        raise TypeError('%s() takes at most %d %sargument%s (%d given)'
                        % (name, maxargs, 'keyword ' if nargs == 0 else '', '' if maxargs == 1 else 's', total))
    if nargs > maxpos:
        if maxpos == 0:
            raise TypeError('%s() takes no positional arguments' % name)
        raise TypeError('%s() takes %s %d positional argument%s (%d given)'
                        % (name, 'at most' if required < maxpos else 'exactly', maxpos,
                           '' if maxpos == 1 else 's', nargs))
    values = list(args)
    if kwargs:
        kwargs = dict(kwargs)
    for i in range(nargs, maxargs):
        pname = names[i]
        if pname in kwargs:
            values.append(kwargs.pop(pname))
        elif i < required:
            raise TypeError("%s() missing required argument '%s' (pos %d)" % (name, pname, i + 1))
        else:
            values.append(MISSING)
    if kwargs:
        for i in range(nargs):
            if names[i] in kwargs:
                raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                                % (name, names[i], i + 1))
        raise TypeError("'%s' is an invalid keyword argument for %s()" % (next(iter(kwargs)), name))
    return values


def index(v):
    """v as an int through __index__, with CPython's TypeError for anything else."""
    if isinstance(v, int):
        return int(v)
    meth = getattr(type(v), '__index__', None)
    if meth is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return meth(v)


class ReadOnly:
    """A data descriptor for a read-only attribute: get(instance) is its value; assigning or
    deleting it raises AttributeError(message)."""
    __slots__ = ('_get', '_message')

    def __init__(self, get, message):
        self._get = get
        self._message = message

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return self._get(instance)

    def __set__(self, instance, value):
        raise AttributeError(self._message)

    def __delete__(self, instance):
        raise AttributeError(self._message)
