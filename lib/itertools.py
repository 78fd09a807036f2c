"""Functional tools for creating and using iterators (pyrite's itertools).

Every tool is a class whose instances are lazy iterators (`__iter__` returns self and
`__next__` computes one item), so `type(chain())` is `itertools.chain` and the tools can be
subclassed, as CPython's C types. An iterator that is done stays done: it drops its source, as
the C code does, so a later next() does not pull from the source again. count and repeat have
CPython's reprs; argument errors carry the C functions' messages (_cargs).
"""

from _cargs import clinic as _clinic, positional as _positional, nokw as _nokw, \
    index as _index, MISSING as _MISSING

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
           'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest']


def _is_number(x):
    # PyNumber_Check: anything with __index__, __int__, __float__ or __complex__
    t = type(x)
    return (hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__')
            or hasattr(t, '__complex__'))


class count:
    __slots__ = ('_n', '_step')

    def __new__(cls, *args, **kwargs):
        start, step = _clinic('count', args, kwargs, ('start', 'step'), 0)
        if start is _MISSING:
            start = 0
        if step is _MISSING:
            step = 1
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        if isinstance(step, int) and step == 1 and isinstance(start, int):
            # CPython's fast mode counts in C integers: count(True) yields 1, 2, ...
            start = int(start)
            step = 1
        self = object.__new__(cls)
        self._n = start
        self._step = step
        return self

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return '%s(%r)' % (type(self).__name__, self._n)
        return '%s(%r, %r)' % (type(self).__name__, self._n, step)

    def __reduce__(self):
        return type(self), (self._n, self._step)


class cycle:
    __slots__ = ('_it', '_saved', '_i')

    def __new__(cls, *args, **kwargs):
        _nokw('cycle', kwargs)
        _positional('cycle', len(args), 1, 1)
        self = object.__new__(cls)
        self._it = iter(args[0])
        self._saved = []
        self._i = 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is not None:
            for x in it:
                self._saved.append(x)
                return x
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        i = self._i
        x = saved[i]
        i += 1
        self._i = 0 if i == len(saved) else i
        return x


class repeat:
    __slots__ = ('_obj', '_left')

    def __new__(cls, *args, **kwargs):
        obj, times = _clinic('repeat', args, kwargs, ('object', 'times'), 1)
        self = object.__new__(cls)
        self._obj = obj
        if times is _MISSING:
            self._left = -1          # endless
        else:
            times = _index(times)
            self._left = times if times > 0 else 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        left = self._left
        if left == 0:
            raise StopIteration
        if left > 0:
            self._left = left - 1
        return self._obj

    def __length_hint__(self):
        if self._left < 0:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left < 0:
            return '%s(%r)' % (type(self).__name__, self._obj)
        return '%s(%r, %d)' % (type(self).__name__, self._obj, self._left)


class accumulate:
    __slots__ = ('_it', '_func', '_total', '_initial')

    def __new__(cls, *args, **kwargs):
        iterable, func, initial = _clinic('accumulate', args, kwargs,
                                          ('iterable', 'func', 'initial'), 1, 1)
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._func = None if func is _MISSING else func
        self._total = _MISSING
        self._initial = _MISSING if initial is _MISSING or initial is None else initial
        return self

    def __iter__(self):
        return self

    def __next__(self):
        initial = self._initial
        if initial is not _MISSING:
            self._initial = _MISSING
            self._total = initial
            return initial
        it = self._it
        if it is None:
            raise StopIteration
        for x in it:
            total = self._total
            if total is _MISSING:
                total = x
            elif self._func is None:
                total = total + x
            else:
                total = self._func(total, x)
            self._total = total
            return total
        self._it = None
        raise StopIteration


class chain:
    __slots__ = ('_source', '_active')

    def __new__(cls, *args, **kwargs):
        _nokw('chain', kwargs)
        self = object.__new__(cls)
        self._source = iter(args)
        self._active = None
        return self

    @classmethod
    def from_iterable(cls, iterable, /):
        self = object.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            active = self._active
            if active is not None:
                for x in active:
                    return x
                self._active = None
            source = self._source
            if source is None:
                raise StopIteration
            for it in source:
                self._active = iter(it)
                break
            else:
                self._source = None
                raise StopIteration


class compress:
    __slots__ = ('_data', '_selectors')

    def __new__(cls, *args, **kwargs):
        data, selectors = _clinic('compress', args, kwargs, ('data', 'selectors'), 2)
        self = object.__new__(cls)
        self._data = iter(data)
        self._selectors = iter(selectors)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        selectors = self._selectors
        while True:
            d = next(data)
            s = next(selectors)
            if s:
                return d


class dropwhile:
    __slots__ = ('_pred', '_it', '_dropping')

    def __new__(cls, *args, **kwargs):
        _nokw('dropwhile', kwargs)
        _positional('dropwhile', len(args), 2, 2)
        self = object.__new__(cls)
        self._pred = args[0]
        self._it = iter(args[1])
        self._dropping = True
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if not self._dropping:
            return next(it)
        pred = self._pred
        while True:
            x = next(it)
            if not pred(x):
                self._dropping = False
                return x


class takewhile:
    __slots__ = ('_pred', '_it')

    def __new__(cls, *args, **kwargs):
        _nokw('takewhile', kwargs)
        _positional('takewhile', len(args), 2, 2)
        self = object.__new__(cls)
        self._pred = args[0]
        self._it = iter(args[1])
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        x = next(it)
        if self._pred(x):
            return x
        self._it = None
        raise StopIteration


class filterfalse:
    __slots__ = ('_func', '_it')

    def __new__(cls, *args, **kwargs):
        _nokw('filterfalse', kwargs)
        _positional('filterfalse', len(args), 2, 2)
        self = object.__new__(cls)
        self._func = args[0]
        self._it = iter(args[1])
        return self

    def __iter__(self):
        return self

    def __next__(self):
        func = self._func
        it = self._it
        while True:
            x = next(it)
            if func is None:
                if not x:
                    return x
            elif not func(x):
                return x


class starmap:
    __slots__ = ('_func', '_it')

    def __new__(cls, *args, **kwargs):
        _nokw('starmap', kwargs)
        _positional('starmap', len(args), 2, 2)
        self = object.__new__(cls)
        self._func = args[0]
        self._it = iter(args[1])
        return self

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._func(*args)


class _grouper:
    __slots__ = ('_parent', '_tgtkey')

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        # a group yields only while its groupby has not moved on to another group
        gb = self._parent
        if gb._group is not self:
            raise StopIteration
        if gb._curkey is _MISSING:
            gb._step()
        tgt = self._tgtkey
        cur = gb._curkey
        if not (tgt is cur or tgt == cur):
            raise StopIteration
        value = gb._curvalue
        gb._curvalue = gb._curkey = _MISSING
        return value


class groupby:
    # _curvalue/_curkey: the element read last and its key, MISSING once a group returned it;
    # _tgtkey: the key of the current group (MISSING before the first); _group: that group
    __slots__ = ('_it', '_keyfunc', '_curvalue', '_curkey', '_tgtkey', '_group')

    def __new__(cls, *args, **kwargs):
        iterable, key = _clinic('groupby', args, kwargs, ('iterable', 'key'), 1)
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._keyfunc = None if key is _MISSING else key
        self._curvalue = self._curkey = self._tgtkey = _MISSING
        self._group = None
        return self

    def _step(self):
        value = next(self._it)
        self._curkey = value if self._keyfunc is None else self._keyfunc(value)
        self._curvalue = value

    def __iter__(self):
        return self

    def __next__(self):
        self._group = None
        # skip what is left of the current group
        while True:
            cur = self._curkey
            if cur is not _MISSING:
                tgt = self._tgtkey
                if tgt is _MISSING or not (tgt is cur or tgt == cur):
                    break
            self._step()
        key = self._tgtkey = self._curkey
        g = _grouper(self, key)
        self._group = g
        return (key, g)


class islice:
    # _cnt: items taken from the source; _next: the index of the next item to return;
    # _stop: -1 for no stop
    __slots__ = ('_it', '_next', '_stop', '_step', '_cnt')

    def __new__(cls, *args, **kwargs):
        _nokw('islice', kwargs)
        _positional('islice', len(args), 2, 4)
        start = 0
        step = 1
        if len(args) == 2:
            stop = _islice_arg(args[1], 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        else:
            start = _islice_arg(args[1], 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
            stop = _islice_arg(args[2], 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
            if len(args) == 4 and args[3] is not None:
                try:
                    step = _index(args[3])
                except TypeError:
                    step = 0
                if step < 1:
                    raise ValueError('Step for islice() must be a positive integer or None.')
            if start == -1:
                start = 0
        self = object.__new__(cls)
        self._it = iter(args[0])
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._cnt < self._next:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._cnt += 1
        if stop != -1 and self._cnt >= stop:
            raise StopIteration
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        nxt = self._next + self._step
        if stop != -1 and nxt > stop:
            nxt = stop
        self._next = nxt
        return item


def _islice_arg(v, message):
    # None -> -1 (no limit); an int 0 <= v <= sys.maxsize; anything else -> ValueError
    if v is None:
        return -1
    try:
        v = _index(v)
    except TypeError:
        raise ValueError(message) from None
    if v < 0 or v > 9223372036854775807:
        raise ValueError(message)
    return v


class _tee_link:
    # one item of a tee's shared stream: value, then the next link (None: not read yet)
    __slots__ = ('value', 'next')

    def __init__(self):
        self.next = None


class _tee_source:
    __slots__ = ('it', 'running')

    def __init__(self, it):
        self.it = it
        self.running = False


class _tee:
    # _link: the link whose value this tee returns next (its .next is None until the shared
    # source produced it); the links form a singly linked list that tees read at their own pace
    __slots__ = ('_source', '_link', '__weakref__')

    def __new__(cls, iterable, /):
        it = iter(iterable)
        if isinstance(it, _tee):
            return it.__copy__()
        self = object.__new__(cls)
        self._source = _tee_source(it)
        self._link = _tee_link()
        return self

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        nxt = link.next
        if nxt is None:
            src = self._source
            if src.running:
                raise RuntimeError('cannot re-enter the tee iterator')
            src.running = True
            try:
                value = next(src.it)
            finally:
                src.running = False
            nxt = _tee_link()
            link.value = value
            link.next = nxt
        self._link = nxt
        return link.value

    def __copy__(self):
        t = object.__new__(type(self))
        t._source = self._source
        t._link = self._link
        return t


def tee(*args, **kwargs):
    _nokw('tee', kwargs)
    _positional('tee', len(args), 1, 2)
    n = 2 if len(args) == 1 else _index(args[1])
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    # an iterator that can copy itself is used as is (CPython's rule), others are wrapped
    it = iter(args[0])
    first = it if hasattr(it, '__copy__') else _tee(it)
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


class zip_longest:
    __slots__ = ('_its', '_active', '_fill')

    def __new__(cls, *args, **kwargs):
        fill = None
        if kwargs:
            if len(kwargs) != 1 or 'fillvalue' not in kwargs:
                raise TypeError('zip_longest() got an unexpected keyword argument')
            fill = kwargs['fillvalue']
        self = object.__new__(cls)
        self._its = [iter(a) for a in args]
        self._active = len(args)
        self._fill = fill
        return self

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not its or self._active == 0:
            raise StopIteration
        result = []
        for i in range(len(its)):
            it = its[i]
            if it is None:
                result.append(self._fill)
                continue
            try:
                result.append(next(it))
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    self._its = []
                    raise
                its[i] = None
                result.append(self._fill)
        return tuple(result)


class pairwise:
    __slots__ = ('_it', '_old')

    def __new__(cls, *args, **kwargs):
        _nokw('pairwise', kwargs)
        _positional('pairwise', len(args), 1, 1)
        self = object.__new__(cls)
        self._it = iter(args[0])
        self._old = _MISSING
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        old = self._old
        try:
            if old is _MISSING:
                old = next(it)
            new = next(it)
        except StopIteration:
            self._it = None
            self._old = _MISSING
            raise
        self._old = new
        return (old, new)


class product:
    # _idx: the current odometer (None before the first item; [] when done)
    __slots__ = ('_pools', '_idx', '_result')

    def __new__(cls, *args, **kwargs):
        repeat = 1
        if kwargs:
            for k in kwargs:
                if k != 'repeat':
                    raise TypeError("'%s' is an invalid keyword argument for product()" % k)
            repeat = _index(kwargs['repeat'])
            if repeat < 0:
                raise ValueError('repeat argument cannot be negative')
        pools = [tuple(a) for a in args] * repeat
        self = object.__new__(cls)
        self._pools = pools
        self._idx = None
        self._result = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        pools = self._pools
        idx = self._idx
        if idx is None:
            for p in pools:
                if not p:
                    self._idx = []
                    raise StopIteration
            self._idx = [0] * len(pools)
            self._result = [p[0] for p in pools]
            return tuple(self._result)
        if not idx:
            raise StopIteration
        result = self._result
        i = len(pools) - 1
        while i >= 0:
            pool = pools[i]
            j = idx[i] + 1
            if j < len(pool):
                idx[i] = j
                result[i] = pool[j]
                return tuple(result)
            idx[i] = 0
            result[i] = pool[0]
            i -= 1
        self._idx = []
        raise StopIteration


def _r_arg(r, check):
    r = _index(r) if check == 'index' else r
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class combinations:
    __slots__ = ('_pool', '_r', '_idx')

    def __new__(cls, *args, **kwargs):
        iterable, r = _clinic('combinations', args, kwargs, ('iterable', 'r'), 2)
        pool = tuple(iterable)
        r = _r_arg(r, 'index')
        self = object.__new__(cls)
        self._pool = pool
        self._r = r
        self._idx = None if r <= len(pool) else []
        return self

    def __iter__(self):
        return self

    def __next__(self):
        idx = self._idx
        pool = self._pool
        r = self._r
        if idx is None:
            self._idx = list(range(r))
            return tuple(pool[:r])
        if not idx:
            raise StopIteration
        n = len(pool)
        i = r - 1
        while i >= 0 and idx[i] == i + n - r:
            i -= 1
        if i < 0:
            self._idx = []
            raise StopIteration
        idx[i] += 1
        for j in range(i + 1, r):
            idx[j] = idx[j - 1] + 1
        return tuple([pool[k] for k in idx])


class combinations_with_replacement:
    __slots__ = ('_pool', '_r', '_idx')

    def __new__(cls, *args, **kwargs):
        iterable, r = _clinic('combinations_with_replacement', args, kwargs, ('iterable', 'r'), 2)
        pool = tuple(iterable)
        r = _r_arg(r, 'index')
        self = object.__new__(cls)
        self._pool = pool
        self._r = r
        self._idx = None if pool or r == 0 else []
        return self

    def __iter__(self):
        return self

    def __next__(self):
        idx = self._idx
        pool = self._pool
        r = self._r
        if idx is None:
            self._idx = [0] * r
            return tuple([pool[0]] * r) if r else ()
        if not idx:
            raise StopIteration
        n = len(pool)
        i = r - 1
        while i >= 0 and idx[i] == n - 1:
            i -= 1
        if i < 0:
            self._idx = []
            raise StopIteration
        v = idx[i] + 1
        for j in range(i, r):
            idx[j] = v
        return tuple([pool[k] for k in idx])


class permutations:
    # the classic cycles algorithm: _indices is the current arrangement, _cycles counts
    # down the choices left at each position
    __slots__ = ('_pool', '_r', '_indices', '_cycles', '_state')

    def __new__(cls, *args, **kwargs):
        iterable, r = _clinic('permutations', args, kwargs, ('iterable', 'r'), 1)
        pool = tuple(iterable)
        n = len(pool)
        if r is _MISSING or r is None:
            r = n
        else:
            if not isinstance(r, int):
                raise TypeError('Expected int as r')
            r = _r_arg(r, None)
        self = object.__new__(cls)
        self._pool = pool
        self._r = r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._state = 0 if r <= n else 2     # 0: first item next, 1: running, 2: done
        return self

    def __iter__(self):
        return self

    def __next__(self):
        state = self._state
        pool = self._pool
        r = self._r
        indices = self._indices
        if state == 0:
            self._state = 1
            return tuple([pool[i] for i in indices[:r]])
        if state == 2 or r == 0:
            self._state = 2
            raise StopIteration
        n = len(pool)
        cycles = self._cycles
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return tuple([pool[k] for k in indices[:r]])
            i -= 1
        self._state = 2
        raise StopIteration
