# module: imported by the programs next to it
import math_helpers as mh

def area(kind, *dims):
    if kind == 'rect':
        return dims[0] * dims[1]
    if kind == 'square':
        return mh.square(dims[0])
    raise ValueError(f'unknown shape {kind!r}')
