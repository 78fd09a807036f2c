"""
categories: Types,range
description: range() with a start, stop or step beyond 64 bits raises OverflowError
cause: range objects keep i64 bounds (object/range.ts); CPython keeps int objects. Big ints
  themselves are arbitrary-precision; only range's bounds are limited.
workaround: iterate with a while loop over big ints, or offset the bounds into the 64-bit range
"""
try:
    r = range(2 ** 64, 2 ** 64 + 3)
    print(list(r))
except OverflowError as e:
    print('OverflowError', e)
