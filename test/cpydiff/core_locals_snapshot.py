"""
categories: Core,Builtins
description: locals() in a function returns a new dict on every call; CPython 3.11 returns the frame's one dict, refreshed by each call
cause: frames have no f_locals dict in pyrite: locals() copies the fast locals into a new dict each time (builtins/introspect.ts)
workaround: call locals() again instead of keeping the dict of an earlier call
"""
def f():
    a = 1
    first = locals()
    b = 2
    second = locals()
    print(first is second, sorted(first))


f()
