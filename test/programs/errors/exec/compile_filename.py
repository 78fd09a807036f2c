# Code compiled under a filename of our own reports it in the traceback; the file does not
# exist, so no source line is shown.
code = compile("a = 1\nb = a + 1\nc = b / (a - 1)\n", "generated_module.py", "exec")
ns = {}
try:
    exec(code, ns)
except ZeroDivisionError as e:
    print('first run:', e)
exec(code, {})
