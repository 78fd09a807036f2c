"""
categories: Core,Classes
description: at the end of a program, a __del__ of an object held by a global may find other globals already gone; CPython runs every such finalizer while the whole namespace is still there
cause: pyrite clears the __main__ namespace entry by entry (vm/run.ts vmEndRun); CPython frees it as one reference cycle, whose finalizers all run before anything is cleared
workaround: a finalizer should use only its object and builtins
"""
class Resource:
    def __del__(self):
        print('closing with', helper())


res = Resource()


def helper():
    return 'helper'
