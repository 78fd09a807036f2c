"""
categories: Modules,collections
description: messages that name a library type use its bare name ('deque', 'K') where CPython names the C type ('collections.deque', 'functools.KeyWrapper'); lru_cache wrappers are plain functions
cause: the types are Python classes, whose type name is the class name; the lru_cache wrapper is a closure (it binds as a method, as the C wrapper does)
workaround: none needed for correct programs
"""
from collections import deque

try:
    hash(deque())
except TypeError as e:
    print(e)
