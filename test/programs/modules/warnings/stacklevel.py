# stacklevel counts frames up from warn()'s caller through calls made by builtins (__init__ run by
# a class call, a key function called by sorted()); past the bottom of the stack the warning is
# attributed to "sys", line 1, with its registry in the sys module; 0 and below mean the caller.
import sys
import warnings


class Config:
    def __init__(self, legacy=False):
        if legacy:
            warnings.warn('legacy mode', DeprecationWarning, stacklevel=2)


def key(v):
    warnings.warn('key called', stacklevel=3)
    return v


Config(legacy=True)
print(sorted([3, 1], key=key))
warnings.warn('level zero', stacklevel=0)
warnings.warn('level minus', stacklevel=-5)
warnings.warn('far away', stacklevel=50)
warnings.warn('far away', stacklevel=50)
print([k[0] for k in sys.__warningregistry__ if k != 'version'])
