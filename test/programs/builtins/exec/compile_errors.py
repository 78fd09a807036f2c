# compile()'s argument checking: CPython's exception types and messages.
def attempt(*args, **kwargs):
    try:
        code = compile(*args, **kwargs)
        print('ok', code.co_filename)
    except Exception as e:
        print(type(e).__name__ + ':', e)

attempt("1", "f", "bad")
attempt("1", "f", "EXEC")
attempt("1", "f", b"exec")
attempt("1", "f", 1)
attempt(1, "f", "exec")
attempt(None, "f", "eval")
attempt(["x"], "f", "exec")
attempt("1", 1, "exec")
attempt("1", None, "exec")
attempt("1", "f", "exec", 1)
attempt("1", "f", "exec", 0x10000)
attempt("1", "f", "exec", -1)
attempt("1", "f", "exec", "0")
attempt("1", "f", "exec", 1.0)
attempt("1", "f", "exec", 0, "no")
attempt("1", "f", "exec", 0, 0, 3)
attempt("1", "f", "exec", 0, 0, -2)
attempt("1", "f", "exec", 0, 0, 2)
attempt("1", "f", "exec", optimize=0)
attempt("1", "f", "exec", 0x2000)    # PyCF_ALLOW_TOP_LEVEL_AWAIT is a known flag
attempt("1", "f", "exec", 0x10)      # CO_NESTED, obsolete but accepted
attempt()
attempt("1")
attempt("1", "f")
attempt("1", "f", "exec", 0, 0, 0, 0)
attempt("1", "f", "exec", bogus=1)
attempt("1", "f", "exec", source="2")
attempt(source="x", filename="kw.py", mode="eval")
attempt("1", "f", "exec", _feature_version=7)
attempt("1", "f", "exec", _feature_version="7")
class NotPath:
    def __fspath__(self):
        return 42
attempt("1", NotPath(), "exec")
attempt("1", "f", "exec", flags=0, dont_inherit=1)
