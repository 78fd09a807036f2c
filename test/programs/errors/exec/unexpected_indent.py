# exec() of indented source: IndentationError at line 1 of "<string>", no caret.
exec("if True:\n    pass")
exec("\tx = 1")
