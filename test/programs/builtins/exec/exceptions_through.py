# Exceptions raised by exec'd and eval'd code reach the caller unchanged; handlers, finally
# blocks, chaining and sys.exc_info() work inside the code as anywhere.
import sys

def run(src, ns=None):
    try:
        exec(src, {} if ns is None else ns)
        print('no exception')
    except Exception as e:
        print(type(e).__name__, e, '| cause:', type(e.__cause__).__name__, '| context:', type(e.__context__).__name__)

run("raise ValueError('from exec')")
run("1 / 0")
run("[][3]")
run("{}['missing']")
run("undefined_name")
run("None.attr")
run("int('x')")
run("try:\n    1 / 0\nexcept ZeroDivisionError as z:\n    raise KeyError('k') from z")
run("try:\n    1 / 0\nexcept ZeroDivisionError:\n    raise TypeError('during handling')")
run("try:\n    raise OSError('handled inside')\nexcept OSError:\n    pass")
run("assert 1 == 2, 'assertion message'")

class Custom(Exception):
    pass
run("raise Custom('custom payload')", {'Custom': Custom})

# an exception being handled outside is visible inside, and restored after
try:
    raise LookupError('outer')
except LookupError:
    exec("import sys\nprint('inside:', repr(sys.exc_info()[1]))")
    print('after:', repr(sys.exc_info()[1]))

# finally blocks in exec'd code run on the way out
log = []
try:
    exec("try:\n    raise RuntimeError('boom')\nfinally:\n    log.append('finally ran')", {'log': log})
except RuntimeError as e:
    print('caught', e, log)

# an exception from eval inside a comprehension inside exec
try:
    exec("[eval('1 // x', {'x': x}) for x in (2, 1, 0)]")
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)

# a generator made by exec'd code raises when resumed later
ns = {}
exec("def g():\n    yield 1\n    raise IndexError('from the generator')", ns)
it = ns['g']()
print(next(it))
try:
    next(it)
except IndexError as e:
    print('IndexError', e)

# StopIteration and KeyboardInterrupt-like BaseExceptions pass through too
try:
    exec("raise SystemExit(3)")
except SystemExit as e:
    print('SystemExit', e.code)
try:
    eval("next(iter([]))")
except StopIteration:
    print('StopIteration')
