"""The os module (pyrite's): the file system calls of the core's posix module, os.path, and the
constants a program on a POSIX system sees.

Only what pyrite's hosts offer: files and directories through the embedder's file system (the
real one in the CLI, a virtual one in the API). No processes, no environment from the host
(os.environ is an empty mapping), no file descriptors beyond what open() returns.
"""

import sys
import posixpath as path
from posix import (remove, unlink, rename, replace, mkdir, rmdir, listdir, getcwd, stat,
                   fspath, strerror, stat_result)

sys.modules['os.path'] = path

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
devnull = '/dev/null'
defpath = '/bin:/usr/bin'

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

environ = {}


def getenv(key, default=None):
    """The environment variable key, or default (pyrite's environment is empty)."""
    return environ.get(key, default)


class PathLike:
    """The ABC of objects with __fspath__ (os.PathLike)."""

    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, C):
        if cls is PathLike:
            return hasattr(C, '__fspath__')
        return NotImplemented


def makedirs(name, mode=0o777, exist_ok=False):
    """mkdir for every missing directory of the path, as CPython's os.makedirs."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """rmdir of the path, then of each parent that became empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)
