# eval() and compile() check int literals with the running program's digit limit; complex
# arithmetic and io objects inside exec'd code.
import sys
try:
    eval("1" * 5000)
except SyntaxError as e:
    print("SyntaxError", str(e)[:60])
sys.set_int_max_str_digits(0)
print(len(str(eval("1" * 5000))))
x = eval("(1+2j)*3")
print(x, type(compile("x=1", "<s>", "exec")))
exec("import io\nf = io.StringIO()\nprint('hi', file=f)\nprint(repr(f.getvalue()))")
