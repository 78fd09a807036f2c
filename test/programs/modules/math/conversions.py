# How the float functions take their arguments: __float__, then __index__, with CPython's errors.
import math

class F:
    def __float__(self): return 2.25

class I:
    def __index__(self): return 9

class Both:
    def __float__(self): return 0.5
    def __index__(self): return 100

class BadFloat:
    def __float__(self): return 'no'

class Raises:
    def __float__(self): raise RuntimeError('boom')

class FSub(float):
    def __float__(self): return 99.0

class ISub(int):
    def __float__(self): return 0.25

print(math.sqrt(F()), math.sqrt(I()), math.sqrt(Both()), math.sqrt(FSub(16.0)), math.sqrt(ISub(4)))
print(math.copysign(F(), -1), math.fmod(I(), F()))
print(math.isnan(F()), math.degrees(I()), math.radians(Both()), math.hypot(F(), I()))

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('bad float', lambda: math.sqrt(BadFloat()))
attempt('raises', lambda: math.sqrt(Raises()))
attempt('str', lambda: math.fabs('1'))
attempt('list', lambda: math.fabs([]))
attempt('none', lambda: math.isfinite(None))
attempt('dict', lambda: math.copysign({}, 1))
attempt('second', lambda: math.copysign(1, 'x'))
attempt('big int', lambda: math.sqrt(2**62))
attempt('bool', lambda: math.sqrt(True))
attempt('int exact', lambda: math.sqrt(9007199254740993))
