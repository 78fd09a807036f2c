"""Generic (shallow and deep) copying operations (pyrite's copy module).

copy(x) and deepcopy(x, memo) follow CPython 3.11's rules: immutable values and classes are
returned as they are; lists, dicts, sets and bytearrays are copied by type; a class may take
over with __copy__() / __deepcopy__(memo), or with __reduce_ex__/__reduce__. Other objects go
through the reduction object.__reduce_ex__(4) would give in CPython (pyrite's object has none):
a new object made by cls.__new__(cls, *__getnewargs__()), its state (the instance __dict__
and the values of its __slots__) set on it, and for list and dict subclasses their items
appended. deepcopy records every copy in memo (keyed by id) before copying what the object
contains, so cycles are copied as cycles.
"""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error   # backward compatibility


def _atomic(x, memo=None):
    return x


def _function_types():
    def f():
        pass
    return type(f), type(len), type(f.__code__)


_FunctionType, _BuiltinFunctionType, _CodeType = _function_types()
del _function_types

try:
    from _weakref import ref as _weakref
except ImportError:
    _weakref = None


# shallow copies: the same object for these immutable (or identity-only) types
_copy_dispatch = {t: _atomic for t in (
    type(None), int, float, bool, complex, str, tuple, bytes, frozenset, type, range, slice,
    property, _BuiltinFunctionType, type(Ellipsis), type(NotImplemented), _FunctionType,
    _CodeType)}
if _weakref is not None:
    _copy_dispatch[_weakref] = _atomic
for _t in (list, dict, set, bytearray):
    _copy_dispatch[_t] = _t.copy
del _t


def copy(x):
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x    # a class (with a metaclass)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


# deep copies
_deepcopy_dispatch = {t: _atomic for t in (
    type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex, bytes, str,
    _CodeType, type, range, _BuiltinFunctionType, _FunctionType, property)}
if _weakref is not None:
    _deepcopy_dispatch[_weakref] = _atomic


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # the tuple may have been copied meanwhile, through a cycle
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


_deepcopy_dispatch[list] = _deepcopy_list
_deepcopy_dispatch[tuple] = _deepcopy_tuple
_deepcopy_dispatch[dict] = _deepcopy_dict


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # an object copied as itself is not recorded
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


# ---- the reduction (what object.__reduce_ex__(4) gives in CPython) ----

def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _reconstruct_builtin(cls, data):
    return cls(data)


# builtin containers whose reduction rebuilds them from their items
_REBUILT = (set, frozenset, bytearray)


def _slotnames(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _reduce(x, cls):
    reductor = getattr(cls, '__reduce_ex__', None)
    if reductor is not None:
        rv = reductor(x, 4)
    else:
        reductor = getattr(cls, '__reduce__', None)
        if reductor is not None:
            rv = reductor(x)
        else:
            return _default_reduce(x, cls)
    if isinstance(rv, str):
        return rv
    if not isinstance(rv, tuple):
        raise Error('un(deep)copyable object of type %s' % cls)
    rv = rv + (None,) * (5 - len(rv))
    return rv[:5]


def _default_reduce(x, cls):
    if cls in _REBUILT:
        return _reconstruct_builtin, (cls, list(x)), None, None, None
    if cls is slice:
        return slice, (x.start, x.stop, x.step), None, None, None
    if cls.__module__ == 'builtins' and cls is not object:
        raise TypeError('cannot pickle %r object' % cls.__name__)
    getnewargs = getattr(cls, '__getnewargs_ex__', None)
    kwargs = None
    if getnewargs is not None:
        args, kwargs = getnewargs(x)
    else:
        getnewargs = getattr(cls, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs(x)
        else:
            # subclasses of immutable builtins are made from their value
            args = ()
            for base in (int, float, complex, str, bytes, tuple, frozenset):
                if isinstance(x, base):
                    args = (base(x),)
                    break
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None:
        state = getstate(x)
    else:
        d = getattr(x, '__dict__', None)
        state = d if d else None
        slots = {}
        for name in _slotnames(cls):
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    listiter = iter(x) if isinstance(x, list) else None
    dictiter = iter(x.items()) if isinstance(x, dict) else None
    if kwargs:
        return _newobj_ex, (cls, args, kwargs), state, listiter, dictiter
    return _newobj, (cls,) + tuple(args), state, listiter, dictiter


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
