"""
categories: Modules,operator
description: a wrong number of arguments to some library functions (operator.add, heapq.heappush ...) reports it as a Python function does
cause: those functions are Python functions in pyrite's bundled library, C functions in CPython ("add expected 2 arguments, got 1"); the itertools, functools.reduce/partial, bisect and collections constructors do check their arguments with CPython's messages
workaround: none needed for correct programs
"""
import operator

try:
    operator.add(1)
except TypeError as e:
    print(e)
