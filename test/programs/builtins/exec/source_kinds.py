# What source compile(), exec() and eval() accept: str, and bytes-like objects decoded as a source
# file is (UTF-8, a BOM, a coding cookie); never a NUL.
print(eval("'caf\u00e9'"), eval("'caf\u00e9'".encode()))
print(eval(b"'\xc3\xa9t\xc3\xa9'"))
exec(b"\xef\xbb\xbfprint('after a BOM')")
exec(b"# -*- coding: latin-1 -*-\nprint('\xe9l\xe8ve')")
exec(b"#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-1 :\nprint('second line cookie: \xe0')")
exec(b"x = 1\n# coding: latin-1\nprint('a cookie on line 3 does not count')")
exec(b"# coding=utf-8\nprint('explicit utf-8: \xe2\x82\xac')")
exec(bytearray(b"print('bytearray source')"))
exec(memoryview(b"print('memoryview source')"))
print(compile(b"a = 1", "f", "exec").co_names)

def attempt(fn, src):
    try:
        fn(src)
        print('ok')
    except SyntaxError as e:
        print(type(e).__name__, '|', e.msg, '|', e.filename, e.lineno, e.offset, e.args)
    except Exception as e:
        print(type(e).__name__, e)

attempt(exec, "a\0b")
attempt(exec, b"x = 1\0")
attempt(eval, "\0")
attempt(exec, bytearray(b"\0"))
attempt(exec, b"# coding: no-such-codec\nx = 1")
attempt(exec, b"\xef\xbb\xbf# coding: latin-1\nx = 1")
attempt(exec, b"# coding: ascii\nprint('\xe9')")
attempt(exec, "\ufeffx = 1")       # a BOM character in a str is not a BOM
attempt(exec, b"\xff")
attempt(eval, 3.5)
