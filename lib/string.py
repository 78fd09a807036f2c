"""A collection of string constants and classes (pyrite's string module).

The constants, capwords() and Template. Template scans its text by hand (pyrite has no re
module), with CPython's default pattern: `$$` is a literal `$`, `$name` and `${name}` are
placeholders (an ASCII letter or `_`, then ASCII letters, digits and `_`), and any other `$`
is an invalid placeholder. A subclass may change `delimiter`; a custom `idpattern` or
`pattern` (regular expressions) is not supported. string.Formatter is not provided.
"""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits',
           'hexdigits', 'octdigits', 'printable', 'punctuation', 'whitespace', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_ID_START = frozenset(ascii_letters + '_')
_ID_CHARS = frozenset(ascii_letters + digits + '_')


class _NoMapping:
    # substitute()'s "no mapping given" marker
    pass


_sentinel = _NoMapping()


class Template:

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _scan(self):
        t = self.template
        delim = self.delimiter
        dlen = len(delim)
        n = len(t)
        i = t.find(delim)
        while i >= 0:
            j = i + dlen
            if t.startswith(delim, j):
                yield 'escaped', i, j + dlen, None
                i = t.find(delim, j + dlen)
                continue
            if j < n and t[j] in _ID_START:
                k = j + 1
                while k < n and t[k] in _ID_CHARS:
                    k += 1
                yield 'named', i, k, t[j:k]
                i = t.find(delim, k)
                continue
            if j + 1 < n and t[j] == '{' and t[j + 1] in _ID_START:
                k = j + 2
                while k < n and t[k] in _ID_CHARS:
                    k += 1
                if k < n and t[k] == '}':
                    yield 'braced', i, k + 1, t[j + 1:k]
                    i = t.find(delim, k + 1)
                    continue
            yield 'invalid', i, j, None
            i = t.find(delim, j)

    def _invalid(self, pos):
        lines = self.template[:pos].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = pos - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _substitute(self, mapping, kws, safe):
        if mapping is _sentinel:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        t = self.template
        out = []
        last = 0
        for kind, start, end, name in self._scan():
            out.append(t[last:start])
            last = end
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(end)
                out.append(t[start:end])
            elif safe:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(t[start:end])
            else:
                out.append(str(mapping[name]))
        out.append(t[last:])
        return ''.join(out)

    def substitute(self, mapping=_sentinel, /, **kws):
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping=_sentinel, /, **kws):
        return self._substitute(mapping, kws, True)

    def is_valid(self):
        for kind, start, end, name in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, start, end, name in self._scan():
            if name is not None and name not in ids:
                ids.append(name)
        return ids
