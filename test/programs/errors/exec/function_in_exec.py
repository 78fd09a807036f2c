# A traceback through functions defined by exec'd code: their frames are in "<string>", with no
# source line (CPython cannot read a "<string>" file), between the program's own frames.
src = """
def g(n):
    return 10 // n

def h(values):
    return [g(v) for v in values]
"""
ns = {}
exec(src, ns)
print(ns['h']([1, 2, 5]))

def caller():
    return ns['h']([3, 0])

caller()
