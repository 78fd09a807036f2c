"""
categories: Core
description: a frame's f_lasti counts pyrite's instruction words (two bytes each, as CPython's code units), which do not always fall where CPython's instructions do
cause: the compiler lays code out as CPython 3.11 does in most places, not all (src/compiler.ts); frame objects report the word index (object/frameobject.ts)
workaround: use f_lineno, which matches
"""
def gen():
    yield 1


g = gen()
next(g)
print(g.gi_frame.f_lasti)
