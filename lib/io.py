"""The io module (pyrite's): the stream types of the core's _io module, and the ABCs.

What CPython's Lib/io.py does: re-export _io's classes and open(), define IOBase, RawIOBase,
BufferedIOBase and TextIOBase as ABCs over _io's _IOBase family, register the concrete classes
with them (so isinstance(open(...), io.IOBase) holds), and give the SEEK_* names. Not here:
BufferedRWPair, IncrementalNewlineDecoder and open_code.
"""

import abc
import _io
from _io import (DEFAULT_BUFFER_SIZE, BlockingIOError, UnsupportedOperation, open, FileIO,
                 BytesIO, StringIO, BufferedReader, BufferedWriter, BufferedRandom,
                 TextIOWrapper, text_encoding)

__all__ = ["BlockingIOError", "open", "IOBase", "RawIOBase", "FileIO", "BytesIO", "StringIO",
           "BufferedIOBase", "BufferedReader", "BufferedWriter", "BufferedRandom",
           "TextIOBase", "TextIOWrapper", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR",
           "SEEK_END", "DEFAULT_BUFFER_SIZE", "text_encoding"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class IOBase(_io._IOBase, metaclass=abc.ABCMeta):
    __doc__ = _io._IOBase.__doc__


class RawIOBase(_io._RawIOBase, IOBase):
    __doc__ = _io._RawIOBase.__doc__


class BufferedIOBase(_io._BufferedIOBase, IOBase):
    __doc__ = _io._BufferedIOBase.__doc__


class TextIOBase(_io._TextIOBase, IOBase):
    __doc__ = _io._TextIOBase.__doc__


RawIOBase.register(FileIO)

for klass in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom):
    BufferedIOBase.register(klass)

for klass in (StringIO, TextIOWrapper):
    TextIOBase.register(klass)
del klass
