# exec'd and eval'd code counts against the recursion limit like any frame: runaway recursion
# through exec() or inside exec'd functions raises RecursionError, and the program goes on.
# (Which check fails first at the limit, a call or the compiler's, depends on how builtin calls
# are counted, so only the exception's type is printed for those.)
import sys

ns = {}
exec('''
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)
def forever(n):
    return forever(n + 1)
''', ns)
print(ns['down'](500))
try:
    ns['forever'](0)
except RecursionError as e:
    print('RecursionError', e)

def via_exec(n):
    if n == 0:
        return 'bottom'
    loc = {'via_exec': via_exec, 'n': n}
    exec("r = via_exec(n - 1)", loc)
    return loc['r']

print(via_exec(100))
try:
    via_exec(10000)
except RecursionError:
    print('RecursionError through exec')

def via_eval(n):
    return n if n == 0 else eval("via_eval(n - 1)")
print(via_eval(150))
try:
    via_eval(100000)
except RecursionError:
    print('RecursionError through eval')

# exec inside exec inside exec
out = []
level3 = "out.append('level 3')"
level2 = "out.append('level 2'); exec(level3)"
exec("out.append('level 1'); exec(level2)")
print(out)

# a lower limit applies to exec'd code too
sys.setrecursionlimit(60)
try:
    exec("def r(k):\n    return r(k + 1)\nr(0)", {})
except RecursionError as e:
    print('RecursionError at a limit of', sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(eval("sum(range(10))"))

# deeply nested source at a shallow depth compiles
print(eval("-" * 100 + "1"), eval("(" * 50 + "7" + ")" * 50))

# compiling counts too: deep in the stack, deeply nested source fails to compile
def at_depth(n, src):
    if n:
        return at_depth(n - 1, src)
    try:
        return eval(compile(src, "<string>", "eval"))
    except RecursionError as e:
        return 'RecursionError: ' + str(e)

nested = "-" * 60 + "1"
print(at_depth(10, nested), at_depth(500, nested))
print(at_depth(980, nested))
print(at_depth(980, "1 + 1"))
