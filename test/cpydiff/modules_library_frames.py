"""
categories: Modules
description: tracebacks never show frames of the bundled library, also for modules CPython writes in Python (collections.namedtuple, copy, string ...)
cause: the bundled modules (lib/) stand in for CPython's C modules, which show no frame; their frames are hidden everywhere (src/modules.ts), and CPython's Lib/ paths and lines could not be matched anyway
workaround: catch the exception and print it
"""
from collections import namedtuple

namedtuple('Point', 'x x')
