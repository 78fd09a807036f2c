# A NUL in source text is a SyntaxError without a position: no "<string>" frame is printed.
print(eval("'no nul here'"))
exec("x = 1\0")
