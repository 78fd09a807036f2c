"""Container datatypes (pyrite's collections): namedtuple, deque, ChainMap, Counter,
OrderedDict, defaultdict, UserDict, UserList and UserString.

deque, defaultdict and OrderedDict are C types in CPython; here they are Python classes that
keep the C types' reprs, error messages and rules (deque's mutation check during iteration,
OrderedDict's order-sensitive equality). OrderedDict keeps its order in the dict itself
(pyrite's dicts keep insertion order), so move_to_end(last=False) inserts everything again.
namedtuple builds its class with type() (pyrite has no exec): __new__ takes *args/**kwargs and
reports a wrong call with the message the generated signature gives in CPython.
"""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']

import sys as _sys
from collections import abc as _abc
from itertools import chain as _chain, repeat as _repeat, starmap as _starmap
from keyword import iskeyword as _iskeyword
from operator import eq as _eq, itemgetter as _itemgetter
from _cargs import clinic as _clinic, index as _index, MISSING as _MISSING, ReadOnly as _ReadOnly


def _recursive_repr(fillvalue='...'):
    def decorating_function(user_function):
        running = set()

        def wrapper(self):
            key = id(self)
            if key in running:
                return fillvalue
            running.add(key)
            try:
                result = user_function(self)
            finally:
                running.discard(key)
            return result
        wrapper.__name__ = user_function.__name__
        wrapper.__qualname__ = user_function.__qualname__
        wrapper.__doc__ = user_function.__doc__
        return wrapper
    return decorating_function


################################################################################
### OrderedDict
################################################################################

class odict_iterator:
    # iterates an OrderedDict's keys, values or items (the underlying dict iterator `it`);
    # any change of the OrderedDict's size or order since the start raises, as in CPython
    __slots__ = ('_od', '_it', '_size', '_state')

    def __init__(self, od, it):
        self._od = od
        self._it = it
        self._size = len(od)
        self._state = getattr(od, '_od_state', 0)

    def __iter__(self):
        return self

    def __next__(self):
        od = self._od
        if od is None:
            raise StopIteration
        if len(od) != self._size or getattr(od, '_od_state', 0) != self._state:
            self._od = None
            raise RuntimeError('OrderedDict mutated during iteration')
        try:
            return next(self._it)
        except StopIteration:
            self._od = None
            raise


class _OrderedDictView:
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, list(self))


class _OrderedDictSetView(_OrderedDictView):
    # the set operations of keys() and items(): those of the dict's own view (_view)
    __slots__ = ()

    def __eq__(self, other):
        return self._view() == other

    def __ne__(self, other):
        return self._view() != other

    def __and__(self, other):
        return self._view() & other

    def __rand__(self, other):
        return other & self._view()

    def __or__(self, other):
        return self._view() | other

    def __ror__(self, other):
        return other | self._view()

    def __sub__(self, other):
        return self._view() - other

    def __rsub__(self, other):
        return other - self._view()

    def __xor__(self, other):
        return self._view() ^ other

    def __rxor__(self, other):
        return other ^ self._view()

    def isdisjoint(self, other):
        return self._view().isdisjoint(other)

    def __iter__(self):
        return odict_iterator(self._mapping, iter(self._view()))

    def __reversed__(self):
        return odict_iterator(self._mapping, reversed(self._view()))

    def __contains__(self, x):
        return x in self._view()

    __hash__ = None


class odict_keys(_OrderedDictSetView):
    __slots__ = ()

    def _view(self):
        return dict.keys(self._mapping)


class odict_values(_OrderedDictView):
    __slots__ = ()

    def __iter__(self):
        return odict_iterator(self._mapping, iter(dict.values(self._mapping)))

    def __reversed__(self):
        return odict_iterator(self._mapping, reversed(dict.values(self._mapping)))

    def __contains__(self, value):
        return value in dict.values(self._mapping)


class odict_items(_OrderedDictSetView):
    __slots__ = ()

    def _view(self):
        return dict.items(self._mapping)


_abc.KeysView.register(odict_keys)
_abc.ValuesView.register(odict_values)
_abc.ItemsView.register(odict_items)


class OrderedDict(dict):
    # _od_state counts the reorderings (move_to_end) that iterators must notice; changes of
    # size they notice by themselves
    __slots__ = ('__dict__', '__weakref__', '_od_state')

    def __init__(self, other=(), /, **kwds):
        self.__update(other, **kwds)

    def __iter__(self):
        return odict_iterator(self, iter(dict.keys(self)))

    def __reversed__(self):
        return odict_iterator(self, reversed(dict.keys(self)))

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(dict.keys(self))) if last else next(iter(dict.keys(self)))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        if key not in self:
            raise KeyError(key)
        end = next(reversed(dict.keys(self))) if last else next(iter(dict.keys(self)))
        if end is key or end == key:
            return      # already there: nothing changes
        self._od_state = getattr(self, '_od_state', 0) + 1
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        # to the front: the dict keeps insertion order only, so insert everything again
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def keys(self):
        return odict_keys(self)

    def items(self):
        return odict_items(self)

    def values(self):
        return odict_values(self)

    def __update(self, other=(), /, **kwds):
        # MutableMapping.update through self[key] = value (a subclass's __setitem__ sees it)
        if isinstance(other, dict) or hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    update = __update

    __marker = object()

    def pop(self, key, default=__marker):
        if default is self.__marker:
            return dict.pop(self, key)
        return dict.pop(self, key, default)

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self[key] = default
        return default

    @_recursive_repr()
    def __repr__(self):
        if not self:
            return '%s()' % (self.__class__.__name__,)
        return '%s(%r)' % (self.__class__.__name__, list(dict.items(self)))

    def copy(self):
        return self.__class__(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and all(map(_eq, self, other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    __hash__ = None

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new


################################################################################
### namedtuple
################################################################################

_tuple_new = tuple.__new__


class _tuplegetter:
    # the field accessors of a named tuple: a read-only alias of one tuple index

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")


def _and_join(names):
    # CPython's list of missing arguments: 'a', 'a' and 'b', 'a', 'b', and 'c'
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % (quoted[0], quoted[1])
    return '%s, and %s' % (', '.join(quoted[:-1]), quoted[-1])


def _bind_fields(qualname, fields, defaults, args, kwargs):
    n = len(fields)
    nargs = len(args)
    values = list(args[:n])
    values.extend([_MISSING] * (n - len(values)))
    for key, value in kwargs.items():
        try:
            i = fields.index(key)
        except ValueError:
            if key == '_cls':
                raise TypeError("%s() got multiple values for argument '_cls'" % qualname) from None
            raise TypeError("%s() got an unexpected keyword argument '%s'" % (qualname, key)) from None
        if i < nargs:
            raise TypeError("%s() got multiple values for argument '%s'" % (qualname, key))
        values[i] = value
    if nargs > n:
        nreq = n - len(defaults)
        if nreq == n:
            takes = '%d positional argument%s' % (n + 1, '' if n == 0 else 's')
        else:
            takes = 'from %d to %d positional arguments' % (nreq + 1, n + 1)
        raise TypeError('%s() takes %s but %d were given' % (qualname, takes, nargs + 1))
    first_default = n - len(defaults)
    missing = []
    for i in range(n):
        if values[i] is _MISSING:
            if i >= first_default:
                values[i] = defaults[i - first_default]
            else:
                missing.append(fields[i])
    if missing:
        raise TypeError('%s() missing %d required positional argument%s: %s'
                        % (qualname, len(missing), '' if len(missing) == 1 else 's', _and_join(missing)))
    return values


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    # validate the names (in CPython's order, so the same bad name is reported)
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name) or name.startswith('_')
                    or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % name)
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a keyword: %r' % name)

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(field_names[len(field_names) - len(defaults):], defaults))
    else:
        defaults = ()

    field_names = tuple(map(_sys.intern, field_names))
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join('%s=%%r' % name for name in field_names) + ')'
    new_qualname = typename + '.__new__'

    def __new__(_cls, *args, **kwargs):
        if not kwargs and len(args) == num_fields:
            return _tuple_new(_cls, args)
        return _tuple_new(_cls, _bind_fields(new_qualname, field_names, defaults, args, kwargs))

    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, arg_list)
    if defaults:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = _tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError('Expected %d arguments, got %d' % (num_fields, len(result)))
        return result

    _make.__func__.__doc__ = 'Make a new %s object from a sequence or iterable' % typename

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return result

    _replace.__doc__ = 'Return a new %s object replacing specified fields with new values' % typename

    def __repr__(self):
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    for method in (__new__, _make.__func__, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = '%s.%s' % (typename, method.__name__)

    class_namespace = {
        '__doc__': '%s(%s)' % (typename, arg_list),
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = _tuplegetter(index, _sys.intern('Alias for field number %d' % index))

    result = type(typename, (tuple,), class_namespace)

    # the class belongs to the caller's module (CPython reads it from the calling frame)
    if module is None:
        module = _sys._getframemodulename(1) or '__main__'
    result.__module__ = module
    return result


########################################################################
###  Counter
########################################################################

def _count_elements(mapping, iterable):
    mapping_get = mapping.get
    for elem in iterable:
        mapping[elem] = mapping_get(elem, 0) + 1


class Counter(dict):

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        # sorted() is stable: equal counts keep their insertion order
        if n is None:
            return sorted(self.items(), key=_itemgetter(1), reverse=True)
        import heapq
        return heapq.nlargest(n, self.items(), key=_itemgetter(1))

    def elements(self):
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, _abc.Mapping):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    # fast path when counter is empty
                    super().update(iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            self_get = self.get
            if isinstance(iterable, _abc.Mapping):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __delitem__(self, elem):
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return '%s()' % self.__class__.__name__
        try:
            # dict() preserves the ordering returned by most_common()
            d = dict(self.most_common())
        except TypeError:
            # handle case where values are not orderable
            d = dict(self)
        return '%s(%r)' % (self.__class__.__name__, d)

    # multiset comparisons: a missing element counts as zero
    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


########################################################################
###  ChainMap
########################################################################

class ChainMap(_abc.MutableMapping):

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr()
    def __repr__(self):
        return '%s(%s)' % (self.__class__.__name__, ', '.join(map(repr, self.maps)))

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _abc.Mapping):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, _abc.Mapping):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


################################################################################
### deque
################################################################################

class _deque_iterator:
    # iterates a deque's ring buffer; fails once the deque changed (its state moved)
    __slots__ = ('_deque', '_state', '_i', '_step', '_left')

    def __init__(self, d, reverse):
        self._deque = d
        self._state = d._state
        self._left = d._len
        self._i = d._len - 1 if reverse else 0
        self._step = -1 if reverse else 1

    def __iter__(self):
        return self

    def __next__(self):
        d = self._deque
        if self._left == 0:
            raise StopIteration
        if d._state != self._state:
            self._left = 0
            raise RuntimeError('deque mutated during iteration')
        i = self._i
        self._i = i + self._step
        self._left -= 1
        buf = d._buf
        return buf[(d._head + i) & (len(buf) - 1)]

    def __length_hint__(self):
        return self._left


class _deque_reverse_iterator(_deque_iterator):
    __slots__ = ()


class deque:
    # A ring buffer: _buf is a list whose length is a power of two (at least 8); the items
    # are _buf[(_head + i) & (len(_buf) - 1)] for i in range(_len). _state counts the changes
    # that invalidate iterators (every append, pop, insert, removal, rotation, clear).
    __slots__ = ('_buf', '_head', '_len', '_maxlen', '_state', '__weakref__')

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._buf = [None] * 8
        self._head = 0
        self._len = 0
        self._maxlen = None
        self._state = 0
        return self

    def __init__(self, *args, **kwargs):
        iterable, maxlen = _clinic('deque', args, kwargs, ('iterable', 'maxlen'), 0)
        if maxlen is not _MISSING and maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
            self._maxlen = int(maxlen)
        else:
            self._maxlen = None
        if self._len:
            self.clear()
        if iterable is not _MISSING:
            self.extend(iterable)

    # ---- the ring buffer ----

    def _grow(self):
        buf = self._buf
        cap = len(buf)
        items = [buf[(self._head + i) & (cap - 1)] for i in range(self._len)]
        items.extend([None] * cap)
        self._buf = items
        self._head = 0

    def _trim_left(self):
        buf = self._buf
        buf[self._head] = None
        self._head = (self._head + 1) & (len(buf) - 1)
        self._len -= 1

    def _trim_right(self):
        buf = self._buf
        self._len -= 1
        buf[(self._head + self._len) & (len(buf) - 1)] = None

    def _normalize_index(self, i):
        if not isinstance(i, int):
            meth = getattr(type(i), '__index__', None)
            if meth is None:
                raise TypeError('sequence index must be integer, not %r' % type(i).__name__)
            i = meth(i)
        n = self._len
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        return i

    # ---- ends ----

    def append(self, x, /):
        maxlen = self._maxlen
        self._state += 1
        if maxlen is not None and self._len >= maxlen:
            if maxlen == 0:
                return
            self._trim_left()
        if self._len == len(self._buf):
            self._grow()
        buf = self._buf
        buf[(self._head + self._len) & (len(buf) - 1)] = x
        self._len += 1

    def appendleft(self, x, /):
        maxlen = self._maxlen
        self._state += 1
        if maxlen is not None and self._len >= maxlen:
            if maxlen == 0:
                return
            self._trim_right()
        if self._len == len(self._buf):
            self._grow()
        buf = self._buf
        self._head = (self._head - 1) & (len(buf) - 1)
        buf[self._head] = x
        self._len += 1

    def pop(self):
        if self._len == 0:
            raise IndexError('pop from an empty deque')
        self._state += 1
        buf = self._buf
        self._len -= 1
        j = (self._head + self._len) & (len(buf) - 1)
        x = buf[j]
        buf[j] = None
        return x

    def popleft(self):
        if self._len == 0:
            raise IndexError('pop from an empty deque')
        self._state += 1
        buf = self._buf
        x = buf[self._head]
        buf[self._head] = None
        self._head = (self._head + 1) & (len(buf) - 1)
        self._len -= 1
        return x

    def extend(self, iterable, /):
        if iterable is self:
            iterable = list(iterable)
        append = self.append
        for x in iterable:
            append(x)

    def extendleft(self, iterable, /):
        if iterable is self:
            iterable = list(iterable)
        appendleft = self.appendleft
        for x in iterable:
            appendleft(x)

    def clear(self):
        self._state += 1
        self._buf = [None] * 8
        self._head = 0
        self._len = 0

    # ---- the middle ----

    def rotate(self, n=1, /):
        n = _index(n)
        length = self._len
        self._state += 1
        if length <= 1:
            return
        n %= length
        if n == 0:
            return
        items = list(self)
        items = items[length - n:] + items[:length - n]
        buf = self._buf
        mask = len(buf) - 1
        head = self._head
        for i in range(length):
            buf[(head + i) & mask] = items[i]

    def reverse(self):
        buf = self._buf
        mask = len(buf) - 1
        head = self._head
        i = 0
        j = self._len - 1
        while i < j:
            a = (head + i) & mask
            b = (head + j) & mask
            buf[a], buf[b] = buf[b], buf[a]
            i += 1
            j -= 1

    def count(self, value, /):
        state = self._state
        n = 0
        buf = self._buf
        mask = len(buf) - 1
        head = self._head
        for i in range(self._len):
            v = buf[(head + i) & mask]
            if v is value or v == value:
                n += 1
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return n

    def index(self, value, start=0, stop=9223372036854775807, /):
        start = _index(start)
        stop = _index(stop)
        n = self._len
        if start < 0:
            start += n
            if start < 0:
                start = 0
        if stop < 0:
            stop += n
            if stop < 0:
                stop = 0
        if stop > n:
            stop = n
        state = self._state
        buf = self._buf
        mask = len(buf) - 1
        head = self._head
        for i in range(start, stop):
            v = buf[(head + i) & mask]
            if v is value or v == value:
                return i
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError('%r is not in deque' % (value,))

    def insert(self, index, value, /):
        index = _index(index)
        n = self._len
        if self._maxlen is not None and n >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        if index >= n:
            self.append(value)
            return
        if index <= -n or index == 0:
            self.appendleft(value)
            return
        if index < 0:
            index += n
        items = list(self)
        items.insert(index, value)
        self._refill(items)

    def remove(self, value, /):
        for i in range(self._len):
            buf = self._buf
            v = buf[(self._head + i) & (len(buf) - 1)]
            if v is value or v == value:
                if i >= self._len:
                    raise IndexError('deque mutated during remove().')
                del self[i]
                return
        raise ValueError('%r is not in deque' % (value,))

    def _refill(self, items):
        # the buffer becomes the list items, padded to a power of two
        n = len(items)
        cap = 8
        while cap < n:
            cap *= 2
        items.extend([None] * (cap - n))
        self._buf = items
        self._head = 0
        self._len = n
        self._state += 1

    def __getitem__(self, index):
        i = self._normalize_index(index)
        buf = self._buf
        return buf[(self._head + i) & (len(buf) - 1)]

    def __setitem__(self, index, value):
        i = self._normalize_index(index)
        buf = self._buf
        buf[(self._head + i) & (len(buf) - 1)] = value

    def __delitem__(self, index):
        i = self._normalize_index(index)
        items = list(self)
        del items[i]
        self._refill(items)

    # ---- the sequence protocol ----

    def __len__(self):
        return self._len

    def __bool__(self):
        return self._len != 0

    def __iter__(self):
        return _deque_iterator(self, False)

    def __reversed__(self):
        return _deque_reverse_iterator(self, True)

    def __contains__(self, value):
        state = self._state
        buf = self._buf
        mask = len(buf) - 1
        head = self._head
        for i in range(self._len):
            v = buf[(head + i) & mask]
            if v is value or v == value:
                return True
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return False

    @_recursive_repr('[...]')
    def __repr__(self):
        # a deque met again inside its own repr prints as [...] (CPython's Py_ReprEnter)
        if self._maxlen is None:
            return '%s(%r)' % (type(self).__name__, list(self))
        return '%s(%r, maxlen=%d)' % (type(self).__name__, list(self), self._maxlen)

    __hash__ = None

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(list(self), list(other))

    def __eq__(self, other):
        return self._compare(other, _eq)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    # ---- copies and arithmetic ----

    def copy(self):
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = self.copy()
        new *= n
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index(n)
        if n <= 0:
            self.clear()
            return self
        items = list(self)
        for _ in range(n - 1):
            self.extend(items)
        return self



deque.maxlen = _ReadOnly(lambda d: d._maxlen,
                         "attribute 'maxlen' of 'collections.deque' objects is not writable")
_abc.MutableSequence.register(deque)


########################################################################
###  defaultdict
########################################################################

class defaultdict(dict):
    __slots__ = ('default_factory',)

    def __new__(cls, *args, **kwargs):
        self = dict.__new__(cls)
        self.default_factory = None
        return self

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        self[key] = value = factory()
        return value

    @_recursive_repr()
    def _factory_repr(self):
        return repr(self.default_factory)

    def __repr__(self):
        factory = 'None' if self.default_factory is None else self._factory_repr()
        return '%s(%s, %s)' % (type(self).__name__, factory, dict.__repr__(self))

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


################################################################################
### UserDict, UserList, UserString
################################################################################

class UserDict(_abc.MutableMapping):
    # a mapping kept in the dict self.data; subclasses override what they need
    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        data = self.data
        if key in data:
            return data[key]
        missing = getattr(type(self), '__missing__', None)
        if missing is not None:
            return missing(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, (UserDict, dict)):
            return type(self)(self.data | _data_of(other))
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (UserDict, dict)):
            return type(self)(_data_of(other) | self.data)
        return NotImplemented

    def __ior__(self, other):
        self.data |= _data_of(other)
        return self

    def __copy__(self):
        new = type(self).__new__(type(self))
        new.__dict__.update(self.__dict__)
        new.__dict__['data'] = self.__dict__['data'].copy()
        return new

    def copy(self):
        if type(self) is UserDict:
            return UserDict(self.data.copy())
        import copy
        saved = self.data
        try:
            self.data = {}
            new = copy.copy(self)
        finally:
            self.data = saved
        new.update(self)
        return new

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


def _data_of(x):
    return x.data if isinstance(x, (UserDict, UserList, UserString)) else x


class UserList(_abc.MutableSequence):
    # a sequence kept in the list self.data
    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) is list:
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < _data_of(other)

    def __le__(self, other):
        return self.data <= _data_of(other)

    def __eq__(self, other):
        return self.data == _data_of(other)

    def __gt__(self, other):
        return self.data > _data_of(other)

    def __ge__(self, other):
        return self.data >= _data_of(other)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return type(self)(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        other = _data_of(other)
        return type(self)(self.data + (other if isinstance(other, list) else list(other)))

    def __radd__(self, other):
        other = _data_of(other)
        return type(self)((other if isinstance(other, list) else list(other)) + self.data)

    def __iadd__(self, other):
        other = _data_of(other)
        self.data += other if isinstance(other, list) else list(other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        new = type(self).__new__(type(self))
        new.__dict__.update(self.__dict__)
        new.__dict__['data'] = self.__dict__['data'][:]
        return new

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(_data_of(other))


class UserString(_abc.Sequence):
    # a string kept in the str self.data; the str methods are delegated below
    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __hash__(self):
        return hash(self.data)

    def __eq__(self, other):
        return self.data == _data_of(other)

    def __lt__(self, other):
        return self.data < _data_of(other)

    def __le__(self, other):
        return self.data <= _data_of(other)

    def __gt__(self, other):
        return self.data > _data_of(other)

    def __ge__(self, other):
        return self.data >= _data_of(other)

    def __contains__(self, char):
        return _data_of(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return type(self)(self.data[index])

    def __add__(self, other):
        other = _data_of(other)
        return type(self)(self.data + (other if isinstance(other, str) else str(other)))

    def __radd__(self, other):
        return type(self)((other if isinstance(other, str) else str(other)) + self.data)

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return type(self)(self.data % args)

    def __rmod__(self, template):
        return type(self)(str(template) % self)


def _user_string_method(name, wraps):
    # a str method on self.data: UserString arguments are unwrapped; a str result is wrapped
    # when `wraps` (the methods that return a transformed string)
    method = getattr(str, name)

    def delegate(self, *args, **kwargs):
        result = method(self.data, *[_data_of(a) for a in args], **kwargs)
        return type(self)(result) if wraps else result
    delegate.__name__ = name
    delegate.__qualname__ = 'UserString.' + name
    return delegate


for _name in ('capitalize', 'casefold', 'center', 'expandtabs', 'ljust', 'lower', 'lstrip',
              'removeprefix', 'removesuffix', 'replace', 'rjust', 'rstrip', 'strip',
              'swapcase', 'title', 'translate', 'upper', 'zfill'):
    if hasattr(str, _name):
        setattr(UserString, _name, _user_string_method(_name, True))
for _name in ('count', 'encode', 'endswith', 'find', 'format', 'format_map', 'index',
              'isalpha', 'isalnum', 'isascii', 'isdecimal', 'isdigit', 'isidentifier',
              'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper', 'join',
              'partition', 'rfind', 'rindex', 'rpartition', 'rsplit', 'split', 'splitlines',
              'startswith'):
    if hasattr(str, _name):
        setattr(UserString, _name, _user_string_method(_name, False))
del _name
