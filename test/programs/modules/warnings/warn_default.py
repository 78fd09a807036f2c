# warnings.warn() under the default filters: "file:line: Category: message" and the source line
# on stderr, once per location (a loop warns once; another line warns again); UserWarning by
# default; a Warning instance carries its own category; stacklevel=2 blames the caller.
import warnings


def old_api(x):
    warnings.warn('old_api() is deprecated, use new_api()', FutureWarning, stacklevel=2)
    return x * 2


class MyWarning(UserWarning):
    pass


print('start')
for i in range(3):
    warnings.warn('in a loop')
warnings.warn('in a loop')
warnings.warn(MyWarning('an instance'))
warnings.warn('a category', MyWarning)
print(old_api(1), old_api(2))
print(old_api(3))


def level_three():
    warnings.warn('three up', stacklevel=3)


def middle():
    level_three()


middle()
warnings.warn('explicit keywords', category=RuntimeWarning, stacklevel=1)
print(sorted(k[2] for k in __warningregistry__ if k != 'version' and len(k) == 3))
print('end')
