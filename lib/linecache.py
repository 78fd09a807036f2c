"""Source lines by file name (pyrite's linecache).

CPython's linecache reads files from disk and caches them. pyrite's core reads no files: the
lines come from the sources the host compiled (the program and the modules it imported), which
the private builtin module _linecache looks up by the file name their code objects carry.
getline() answers what CPython's would for those files ('' for a missing line, a pseudo-file
such as '<string>', or a file the host never compiled); getlines(), clearcache(), checkcache()
and the `cache` dict keep CPython's names and shapes.
"""

import _linecache

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache']

# kept for programs that look at it; lines are never cached here (the host keeps the sources)
cache = {}


def clearcache():
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` of `filename` with its newline, or '' when there is none."""
    if not isinstance(filename, str) or not isinstance(lineno, int) or lineno < 1:
        return ''
    line = _linecache.getline(filename, lineno)
    return '' if line is None else line + '\n'


def getlines(filename, module_globals=None):
    """Every line of `filename`, each with its newline; [] when the file is unknown."""
    if not isinstance(filename, str):
        return []
    lines = []
    while True:
        line = _linecache.getline(filename, len(lines) + 1)
        if line is None:
            return lines
        lines.append(line + '\n')


def checkcache(filename=None):
    pass


def updatecache(filename, module_globals=None):
    return getlines(filename, module_globals)


def lazycache(filename, module_globals):
    return False
