# eval(): expressions evaluated in the caller's namespaces or in given dicts; the value returned.
x = 10
y = 3
print(eval("x + y"), eval("x * y - 1"), eval("x // y, x % y"))
print(eval("[i * i for i in range(5)]"))
print(eval("{k: v for k, v in zip('abc', range(3))}"))
print(eval("(lambda a, b=2: a ** b)(7)"))
print(eval("'-'.join(sorted({'b', 'a', 'c'}))"))
print(eval("x if x > y else y"), eval("not x"), eval("x and y or 0"))

# given namespaces: globals only, then globals and locals
g = {'a': 1, 'b': 2}
print(eval("a + b", g))
print(eval("a + b", g, {'b': 100}))
print(eval("a + b", {'a': 5}, {'a': 6, 'b': 7}))
print(sorted(g))  # eval inserted __builtins__

# leading spaces and tabs are not part of the expression
print(eval("   \t 1 + 1"))
print(eval("\t\t'tabbed'"))
# line breaks and comments around the expression are fine
print(eval("\n(1 +\n 2)\n\n"))
print(eval("3 # a comment"))
print(eval("1,"), eval("1, 2, 3"), eval("()"))

# bytes, bytearray and memoryview sources
print(eval(b"2 ** 10"), eval(bytearray(b"[1] * 3")), eval(memoryview(b"len('abc')")))

# walrus inside parentheses binds in the namespace
ns = {}
print(eval("(z := 41) + 1", ns), ns['z'])

# eval's value can be anything, a function included
f = eval("lambda s: s.upper()")
print(f("shout"), f.__name__, f.__qualname__)
