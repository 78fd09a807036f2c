"""Issuing and filtering warnings (pyrite's warnings).

CPython's warnings.py sits on its C module _warnings; here the whole module is Python, keeping
what a program observes of CPython 3.11:
  - the default filters (DeprecationWarning shown in __main__, ignored elsewhere; the pending,
    import and resource warnings ignored) and the "default" action for everything else;
  - warn()'s location: the frame `stacklevel` calls up from its caller (sys._getframe), or
    "sys:1" past the bottom of the stack; the module is that frame's __name__, the registry its
    __warningregistry__;
  - the registry rules of _warnings.c: a warning's (text, category, lineno) key is recorded
    except for "always" (and "ignore" and "error", which return first); "once" and "module"
    also record (text, category) in the registry given (the per-interpreter once-registry only
    when there is none); changing the filters empties every registry on its next use;
  - the printed form "file:line: Category: message" and the stripped source line (linecache),
    through showwarning()/formatwarning() when a program replaced them;
  - catch_warnings(record=True) collecting WarningMessage objects, and 3.11's action keywords;
  - the argument errors of the C functions (_cargs) and the AssertionErrors of filterwarnings().
filterwarnings() compiles its message and module patterns with a small regular-expression
matcher of its own (pyrite has no re module): literals, '.', classes, escapes \\d \\w \\s,
anchors (^ $ \\A \\Z \\b \\B), groups, '|' and the greedy and lazy quantifiers; it prints as
re.compile(...) does.
"""

import sys
from _cargs import clinic as _clinic, index as _index, MISSING as _MISSING

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings',
           'simplefilter', 'resetwarnings', 'catch_warnings']


# ---------------------------------------------------------------------------------------------
# showing a warning


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f'{msg.filename}:{msg.lineno}: {category}: {msg.message}\n'
    if msg.line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    else:
        line = msg.line
    if line:
        s += '  %s\n' % line.strip()
    if msg.source is not None and not sys.is_finalizing():
        # CPython points at tracemalloc, which is never tracing here (and which it cannot
        # import any more while the program's modules are torn down)
        s += f'{category}: Enable tracemalloc to get the object allocation traceback\n'
    return s


# the originals, to tell whether a program replaced them
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    """Shows msg through showwarning() when a program replaced it, else directly."""
    sw = showwarning
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError('warnings.showwarning() must be set to a function or method')
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    fw = formatwarning
    if fw is not _formatwarning_orig:
        return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


class WarningMessage(object):

    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, line : %r}'
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


# ---------------------------------------------------------------------------------------------
# the filters


_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    """Inserts an entry into the list of warnings filters (at the front unless `append`)."""
    assert action in _ACTIONS, 'invalid action: %r' % (action,)
    assert isinstance(message, str), 'message must be a string'
    assert isinstance(category, type), 'category must be a class'
    assert issubclass(category, Warning), 'category must be a Warning subclass'
    assert isinstance(module, str), 'module must be a string'
    assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'
    message = _Pattern(message, _IGNORECASE) if message else None
    module = _Pattern(module, 0) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Inserts a filter that matches every message and module."""
    assert action in _ACTIONS, 'invalid action: %r' % (action,)
    assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # an equal filter already present moves (to the front) or stays (when appending)
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clears the list of warning filters, so that no filter matches."""
    filters[:] = []
    _filters_mutated()


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _matches(pattern, text):
    # None matches everything; a str (the default filters' '__main__') only itself
    if pattern is None:
        return True
    if type(pattern) is str:
        return pattern == text
    return bool(pattern.match(text))


def _get_action(category, text, lineno, module):
    """The action of the first filter that matches, and that filter (None: defaultaction)."""
    fs = filters
    if not isinstance(fs, list):
        raise ValueError('warnings.filters must be a list')
    for i, item in enumerate(fs):
        if not isinstance(item, tuple) or len(item) != 5:
            raise ValueError("warnings.filters item %d isn't a 5-tuple" % i)
        action, msg, cat, mod, ln = item
        if not isinstance(action, str):
            raise TypeError("action must be a string, not '%s'" % type(action).__name__)
        if (_matches(msg, text) and issubclass(category, cat) and _matches(mod, module)
                and (ln == 0 or lineno == ln)):
            return action, item
    action = defaultaction
    if not isinstance(action, str):
        raise TypeError("_warnings.defaultaction must be a string, not '%s'" % type(action).__name__)
    return action, None


def _already_warned(registry, key, record):
    """True if registry holds key; a registry from before the last filter change is emptied
    first. With `record`, a key not there is added."""
    version = registry.get('version')
    if type(version) is not int or version != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    elif registry.get(key):
        return True
    if record:
        registry[key] = True
    return False


# ---------------------------------------------------------------------------------------------
# issuing


def _category_of(message, category):
    if isinstance(message, Warning):
        return message.__class__
    if category is None:
        return UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    return category


def warn(*args, **kwargs):
    """warn(message, category=None, stacklevel=1, source=None): issues a warning, or maybe
    ignores it or raises it as an exception, as the filters say."""
    message, category, stacklevel, source = _clinic(
        'warn', args, kwargs, ('message', 'category', 'stacklevel', 'source'), 1)
    category = _category_of(message, None if category is _MISSING else category)
    stacklevel = 1 if stacklevel is _MISSING else _index(stacklevel)
    source = None if source is _MISSING else source
    # the frame `stacklevel` calls up, counting warn()'s caller as 1 (and 0 and below as 1)
    try:
        frame = sys._getframe(1)
        while stacklevel > 1 and frame is not None:
            frame = frame.f_back
            stacklevel -= 1
    except ValueError:
        frame = None
    if frame is None:
        globals = sys.__dict__
        filename = 'sys'
        lineno = 1
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = globals.get('__name__', _MISSING)
    if not (module is None or isinstance(module, str)):
        module = '<string>'
    registry = globals.setdefault('__warningregistry__', {})
    _warn_explicit(message, category, filename, lineno, module, registry, None, source)


def warn_explicit(*args, **kwargs):
    """warn_explicit(message, category, filename, lineno, module=None, registry=None,
    module_globals=None, source=None): a warning at a given place."""
    (message, category, filename, lineno, module, registry, module_globals,
     source) = _clinic('warn_explicit', args, kwargs,
                       ('message', 'category', 'filename', 'lineno', 'module', 'registry',
                        'module_globals', 'source'), 4)
    if not isinstance(filename, str):
        raise TypeError('warn_explicit() argument 3 must be str, not %s' % type(filename).__name__)
    lineno = _index(lineno)
    module = None if module is _MISSING else module
    registry = None if registry is _MISSING else registry
    module_globals = None if module_globals is _MISSING else module_globals
    source = None if source is _MISSING else source
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if module_globals is not None and not isinstance(module_globals, dict):
        raise TypeError("module_globals must be a dict, not '%s'" % type(module_globals).__name__)
    _warn_explicit(message, category, filename, lineno, module, registry, None, source)


def _warn_explicit(message, category, filename, lineno, module, registry, line, source):
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and _already_warned(registry, key, False):
        return
    action, item = _get_action(category, text, lineno, module)
    if action == 'error':
        raise message
    if action == 'ignore':
        return
    if action != 'always':
        if registry is not None:
            registry[key] = True
        if action == 'once':
            if registry is None:
                registry = onceregistry
            if _already_warned(registry, (text, category), True):
                return
        elif action == 'module':
            if registry is not None and _already_warned(registry, (text, category), True):
                return
        elif action != 'default':
            raise RuntimeError('Unrecognized action (%r) in warnings.filters:\n %r' % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, line, source))


def _warn_unawaited_coroutine(coro):
    # what CPython's core calls for a coroutine that dies never awaited
    warn("coroutine '%s' was never awaited" % coro.__qualname__, category=RuntimeWarning,
         stacklevel=2, source=coro)


# ---------------------------------------------------------------------------------------------
# catch_warnings


class catch_warnings(object):
    """A context manager that saves the warnings filters and showwarning() on entry and
    restores them on exit; with record=True, the warnings shown in between are collected as
    WarningMessage objects in the list __enter__ returns. `action` (with category, lineno,
    append) is a simplefilter() applied on entry."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        if self._module is not sys.modules['warnings']:
            args.append('module=%r' % self._module)
        return '%s(%s)' % (type(self).__name__, ', '.join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        m = self._module
        self._filters = m.filters
        m.filters = self._filters[:]
        m._filters_mutated()
        self._showwarning = m.showwarning
        self._showwarnmsg_impl = m._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            m._showwarnmsg_impl = log.append
            # the default showwarning, so that _showwarnmsg() reaches the log
            m.showwarning = m._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        m = self._module
        m.filters = self._filters
        m._filters_mutated()
        m.showwarning = self._showwarning
        m._showwarnmsg_impl = self._showwarnmsg_impl


# ---------------------------------------------------------------------------------------------
# a small regular-expression matcher for filterwarnings() patterns (re.match semantics)

_IGNORECASE = 2


class _Pattern:
    __slots__ = ('pattern', 'flags', '_node')

    def __init__(self, pattern, flags):
        self.pattern = pattern
        self.flags = flags
        self._node = _Parser(pattern).parse()

    def __repr__(self):
        if self.flags & _IGNORECASE:
            return 're.compile(%r, re.IGNORECASE)' % (self.pattern,)
        return 're.compile(%r)' % (self.pattern,)

    def __eq__(self, other):
        if not isinstance(other, _Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def match(self, text):
        """True when the pattern matches at the start of text (re.match), else None."""
        fold = bool(self.flags & _IGNORECASE)
        if fold:
            text = text.lower()
        end = _match(self._node, text, 0, fold, lambda i: i)
        return None if end is None else True


# nodes: ('lit', ch) ('any',) ('set', negated, items) ('seq', [nodes]) ('alt', [nodes])
# ('rep', node, lo, hi, lazy) ('bol',) ('eol',) ('eos',) ('wordb', at_boundary); set items:
# ('ch', c) ('range', a, b)
# ('cls', 'd'|'w'|'s'|'D'|'W'|'S')


class _Parser:
    def __init__(self, pattern):
        self.p = pattern
        self.i = 0

    def error(self, msg):
        raise ValueError('%s at position %d' % (msg, self.i))

    def parse(self):
        node = self.alternation()
        if self.i < len(self.p):
            self.error('unbalanced parenthesis')
        return node

    def alternation(self):
        branches = [self.sequence()]
        while self.i < len(self.p) and self.p[self.i] == '|':
            self.i += 1
            branches.append(self.sequence())
        return branches[0] if len(branches) == 1 else ('alt', branches)

    def sequence(self):
        items = []
        p = self.p
        while self.i < len(p) and p[self.i] not in '|)':
            atom = self.atom()
            items.append(self.quantified(atom))
        return ('seq', items)

    def quantified(self, atom):
        p = self.p
        if self.i >= len(p):
            return atom
        c = p[self.i]
        if c in '*+?':
            self.i += 1
            lo, hi = {'*': (0, None), '+': (1, None), '?': (0, 1)}[c]
        elif c == '{' and self._brace_ahead():
            lo, hi = self._brace()
        else:
            return atom
        lazy = self.i < len(p) and p[self.i] == '?'
        if lazy:
            self.i += 1
        return ('rep', atom, lo, hi, lazy)

    def _brace_ahead(self):
        j = self.p.find('}', self.i)
        if j < 0:
            return False
        body = self.p[self.i + 1:j]
        parts = body.split(',')
        return 1 <= len(parts) <= 2 and all(part.isdigit() or (part == '' and k == 1)
                                             for k, part in enumerate(parts)) and parts[0] != ''

    def _brace(self):
        j = self.p.find('}', self.i)
        parts = self.p[self.i + 1:j].split(',')
        self.i = j + 1
        lo = int(parts[0])
        hi = lo if len(parts) == 1 else (int(parts[1]) if parts[1] else None)
        return lo, hi

    def atom(self):
        p = self.p
        c = p[self.i]
        self.i += 1
        if c == '.':
            return ('any',)
        if c == '^':
            return ('bol',)
        if c == '$':
            return ('eol',)
        if c == '(':
            if p.startswith('?:', self.i):
                self.i += 2
            node = self.alternation()
            if self.i >= len(p) or p[self.i] != ')':
                self.error('missing ), unterminated subpattern')
            self.i += 1
            return node
        if c == '[':
            return self.charset()
        if c == '\\':
            return self.escape(False)
        if c in '*+?':
            self.error('nothing to repeat')
        return ('lit', c)

    def escape(self, in_set):
        p = self.p
        if self.i >= len(p):
            self.error('bad escape (end of pattern)')
        c = p[self.i]
        self.i += 1
        if c in 'dwsDWS':
            return ('cls', c) if in_set else ('set', False, [('cls', c)])
        if not in_set and c == 'Z':
            return ('eos',)
        if not in_set and c == 'A':
            return ('bol',)
        if not in_set and c in 'bB':
            return ('wordb', c == 'b')
        simple = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a'}
        if c in simple:
            c = simple[c]
        return ('ch', c) if in_set else ('lit', c)

    def charset(self):
        p = self.p
        negated = self.i < len(p) and p[self.i] == '^'
        if negated:
            self.i += 1
        items = []
        first = True
        while True:
            if self.i >= len(p):
                self.error('unterminated character set')
            c = p[self.i]
            if c == ']' and not first:
                self.i += 1
                break
            first = False
            if c == '\\':
                self.i += 1
                item = self.escape(True)
            else:
                self.i += 1
                item = ('ch', c)
            if (item[0] == 'ch' and self.i + 1 < len(p) and p[self.i] == '-'
                    and p[self.i + 1] != ']'):
                self.i += 1
                hi = p[self.i]
                self.i += 1
                if hi == '\\':
                    hi = self.escape(True)[1]
                item = ('range', item[1], hi)
            items.append(item)
        return ('set', negated, items)


def _class_has(cls, ch):
    if cls in 'dD':
        r = ch.isdigit()
    elif cls in 'wW':
        r = ch.isalnum() or ch == '_'
    else:
        r = ch in ' \t\n\r\f\v'
    return r if cls.islower() else not r


def _set_has(node, ch, fold):
    hit = False
    for item in node[2]:
        kind = item[0]
        if kind == 'ch':
            hit = ch == (item[1].lower() if fold else item[1])
        elif kind == 'range':
            hit = item[1] <= ch <= item[2] or (fold and (item[1] <= ch.upper() <= item[2]))
        else:
            hit = _class_has(item[1], ch)
        if hit:
            break
    return hit != node[1]


def _match(node, s, i, fold, k):
    """Matches node at s[i:], then calls k(end) for the rest; returns k's result or None."""
    kind = node[0]
    if kind == 'seq':
        return _match_seq(node[1], 0, s, i, fold, k)
    if kind == 'lit':
        c = node[1].lower() if fold else node[1]
        return k(i + 1) if i < len(s) and s[i] == c else None
    if kind == 'any':
        return k(i + 1) if i < len(s) and s[i] != '\n' else None
    if kind == 'set':
        return k(i + 1) if i < len(s) and _set_has(node, s[i], fold) else None
    if kind == 'alt':
        for branch in node[1]:
            r = _match(branch, s, i, fold, k)
            if r is not None:
                return r
        return None
    if kind == 'rep':
        return _match_rep(node, 0, s, i, fold, k)
    if kind == 'bol':
        return k(i) if i == 0 else None
    if kind == 'eol':
        return k(i) if i == len(s) or (i == len(s) - 1 and s[i] == '\n') else None
    if kind == 'eos':
        return k(i) if i == len(s) else None
    if kind == 'wordb':
        before = i > 0 and _class_has('w', s[i - 1])
        after = i < len(s) and _class_has('w', s[i])
        return k(i) if (before != after) == node[1] else None
    raise ValueError('bad pattern node')


def _match_seq(items, n, s, i, fold, k):
    if n == len(items):
        return k(i)
    return _match(items[n], s, i, fold, lambda j: _match_seq(items, n + 1, s, j, fold, k))


def _match_rep(node, count, s, i, fold, k):
    _, sub, lo, hi, lazy = node
    more_ok = hi is None or count < hi

    def again(j):
        if j == i and count >= lo:
            return None     # an empty iteration cannot repeat forever
        return _match_rep(node, count + 1, s, j, fold, k)

    if count < lo:
        return _match(sub, s, i, fold, again)
    if lazy:
        r = k(i)
        if r is None and more_ok:
            r = _match(sub, s, i, fold, again)
        return r
    r = _match(sub, s, i, fold, again) if more_ok else None
    return k(i) if r is None else r


# ---------------------------------------------------------------------------------------------
# the state: CPython 3.11's default filters (no -W or -X dev options here)

filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = 'default'
onceregistry = {}
_filters_version = 0
