# module: imported by from_module.py
import warnings


def old():
    warnings.warn('old() is deprecated', DeprecationWarning)
    return 'old'


def old_blame_caller():
    warnings.warn('old_blame_caller() is deprecated', DeprecationWarning, stacklevel=2)
    return 'blamed'


def user_warning():
    warnings.warn('a user warning from the library')
    return 'user'


class Legacy:
    warnings.warn('defining Legacy', PendingDeprecationWarning)

    def __init__(self):
        warnings.warn('Legacy() is deprecated', DeprecationWarning, stacklevel=2)
