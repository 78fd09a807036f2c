import plain_mod
print(plain_mod.A)
try:
    import bad_syntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, e.filename.endswith('bad_syntax.py'), repr(e.text))
    print(e.args[0], e.end_lineno, e.end_offset)
import bad_indent
