# A SyntaxError from compile(), exec() or eval(): its attributes as CPython sets them, for errors
# found by the tokenizer, by the parser and later by the compiler, in each mode.
def show(source, mode='exec', filename='<string>'):
    try:
        compile(source, filename, mode)
        print(repr(source), mode, 'compiles')
    except SyntaxError as e:
        print(repr(source), mode, type(e).__name__, '|', e.msg, '|', e.filename, e.lineno,
              e.offset, repr(e.text), e.end_lineno, e.end_offset)
        print('   str:', e)

for mode in ('exec', 'eval', 'single'):
    show("1 +", mode)
    show("1 +\n", mode)
    show("x = $", mode)
    show("(1,\n", mode)
    show("f(**)", mode)
    show("'abc", mode)
    show("0b12", mode)
    show("x = )", mode)
    show("a b", mode)
    show("", mode)
    show("\n", mode)

show("if x\n  pass\n")
show("x = 1\n  y = 2\n")
show("if 1:\n  x\n y\n")
show("class C:\npass")
show("for x in y:\n\tpass\n        pass")
show("1 = 2")
show("del f()")
show("print 'x'")
show("x = 1\n", 'eval')
show("x = 1; y = 2", 'eval')
show("yield 1", 'eval')
show("*a", 'eval')
show("1\n2", 'single')
show("x = 1\ny = 2\n", 'single')
show("def f(): pass", 'single')
show("if 1: x", 'single')
show("while 0: pass\nelse: pass", 'single')

# errors found after parsing have no text when the file does not exist
show("return 5")
show("break")
show("def f(x, x): pass")
show("nonlocal x")
show("def f():\n  x = 1\n  global x")
show("await x", 'eval')
show("x = 1\nfrom __future__ import division")
show("return 1", 'exec', 'no_such_file.py')

# exec and eval raise the same errors
for fn, src in ((exec, "if True print(1)"), (eval, "1 2"), (exec, "def f(:\n pass")):
    try:
        fn(src)
    except SyntaxError as e:
        print(fn.__name__, e, e.offset, repr(e.text))
