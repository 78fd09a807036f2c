# isclose's keyword-only tolerances and the argument clinic's errors.
import math

def attempt(label, f):
    try:
        print(label, f())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)

attempt('one', lambda: math.isclose(1))
attempt('none', lambda: math.isclose())
attempt('three', lambda: math.isclose(1, 2, 3))
attempt('five', lambda: math.isclose(1, 2, rel_tol=1, abs_tol=2, extra=3))
attempt('extra', lambda: math.isclose(1, 2, extra=3))
attempt('twice', lambda: math.isclose(1, 2, a=3))
attempt('b only', lambda: math.isclose(b=1))
attempt('a by name', lambda: math.isclose(1, a=2))
attempt('rel<0', lambda: math.isclose(1, 2, rel_tol=-1e-9))
attempt('abs<0', lambda: math.isclose(1, 2, abs_tol=-1))
attempt('rel str', lambda: math.isclose(1, 2, rel_tol='x'))
attempt('abs None', lambda: math.isclose(1, 2, abs_tol=None))
attempt('a str', lambda: math.isclose('1', 2))
attempt('b list', lambda: math.isclose(1, [2]))
attempt('nan tol', lambda: math.isclose(1, 2, rel_tol=math.nan))
attempt('inf tol', lambda: math.isclose(1, 2e300, rel_tol=math.inf))
attempt('int tol', lambda: math.isclose(10, 11, abs_tol=1))
