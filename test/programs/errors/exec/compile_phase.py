# Errors found after parsing (symbol table, compiler) carry no text when compiled from a string:
# the traceback shows the "<string>" line and the message only.
for src in ("return 1", "def f():\n    nonlocal q\n"):
    try:
        exec(src)
    except SyntaxError as e:
        print(e.msg, e.lineno, e.text)
exec("def f():\n  x = 1\n  def g():\n    nonlocal y\n")
