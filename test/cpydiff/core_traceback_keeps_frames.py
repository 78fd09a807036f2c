"""
categories: Core
description: the local variables of a function that raised die when the function is left; CPython keeps them alive (through the traceback's frames) until the exception is gone
cause: pyrite's tracebacks record code and position only, not frame objects (vm/exc.ts)
workaround: do not rely on when such locals are finalized
"""
class Noisy:
    def __del__(self):
        print('finalized')


def fail():
    local = Noisy()
    raise KeyError('k')


try:
    fail()
except KeyError:
    print('handling')
print('done')
