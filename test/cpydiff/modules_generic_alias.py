"""
categories: Modules,collections
description: library classes cannot be subscripted (deque[int], OrderedDict[str, int], collections.abc.Mapping[str, int])
cause: the core has no types.GenericAlias yet (list[int] fails too)
workaround: write the annotation as a string
"""
from collections import deque

print(deque[int])
