# 'single' mode shows expression statements through sys.displayhook: repr of the value and a
# newline, nothing for None, and the value kept in builtins._
import builtins, sys

session = {}  # one namespace for every input, as an interactive session has

def run(src):
    exec(compile(src, "<stdin>", "single"), session)

run("1 + 1")
run("'text'")
run("None")
run("[1, 'a', None]")
run("x = 5")
run("x = 5; x * 2; None; x - 1")
run("for i in range(3): i * 10\n")
run("if True:\n    'in a block'\n")
run("def f():\n    'not shown: inside a function'\n    return 7\n")
print(builtins._)          # the last value shown
run("f()")
print(builtins._)
run("_ * 2")               # _ resolves to builtins._
run("print('print returns None')")

class Loud:
    def __repr__(self):
        return 'Loud()'
session['Loud'] = Loud
run("Loud()")

# a replaced displayhook is what PRINT_EXPR calls
seen = []
def hook(value):
    seen.append(value)
sys.displayhook = hook
run("123")
run("None")
run("'abc'")
sys.displayhook = sys.__displayhook__
print(seen)

# sys.displayhook writes to a replaced sys.stdout
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
cap = Capture()
saved = sys.stdout
sys.stdout = cap
run("{'k': [1, 2]}")
sys.stdout = saved
print(cap.parts)

# calling it directly
sys.displayhook(3.5)
sys.displayhook(None)
print(builtins._)
try:
    sys.displayhook()
except TypeError as e:
    print(e)

# no displayhook at all
del sys.displayhook
try:
    run("1")
except RuntimeError as e:
    print('RuntimeError', e)
sys.displayhook = sys.__displayhook__

# the value's repr failing
class BadRepr:
    def __repr__(self):
        raise ValueError('no repr')
session['BadRepr'] = BadRepr
try:
    run("BadRepr()")
except ValueError as e:
    print('ValueError', e)
