# Under the 'error' filter a warning is raised as an exception; uncaught, its traceback ends at
# the program's warn() call (the warnings module's own frames are not shown, as CPython's C
# module has none).
import warnings


def check_config(value):
    if value < 0:
        warnings.warn(f'negative value {value} is deprecated', DeprecationWarning, stacklevel=2)
    return abs(value)


print(check_config(-1))
warnings.filterwarnings('error', category=DeprecationWarning)
print(check_config(2))
print(check_config(-3))
