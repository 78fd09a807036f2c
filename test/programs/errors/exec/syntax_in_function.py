# An uncaught SyntaxError from exec() inside a function: the program's frames, then the
# "<string>" line, the offending text and the caret, as CPython prints them.
def build():
    print('building')
    exec("x = 1\nif x:\n    y = 1 +\n")

build()
