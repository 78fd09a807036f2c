# exec() and eval(): CPython's checks of their arguments.
def attempt(fn, *args, **kwargs):
    try:
        print('ok', fn(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for fn in (exec, eval):
    print('--', fn.__name__)
    attempt(fn)
    attempt(fn, "1", {}, {}, {})
    attempt(fn, 1)
    attempt(fn, None)
    attempt(fn, ["1"])
    attempt(fn, "1", [])
    attempt(fn, "1", 5)
    attempt(fn, "1", None, 5)
    attempt(fn, "1", {}, 5)
    attempt(fn, "1", {}, None)
    attempt(fn, "1", None, None)
    attempt(fn, "1", globals={})
    attempt(fn, "1", {}, locals={})
    attempt(fn, source="1")
    attempt(fn, "1", {}, {'x': 1})
    attempt(fn, "x", {}, [])
    attempt(fn, "x", {}, "a str is a mapping too")

# exec's keyword-only closure
attempt(exec, "1", closure=None)
attempt(exec, "1", {}, closure=())
attempt(exec, "1", {}, {}, closure=5)
attempt(exec, "1", {}, {}, bogus=5)

# a dict subclass is a dict
class D(dict):
    pass
attempt(exec, "y = 2", D())
attempt(eval, "3", D(), D())
