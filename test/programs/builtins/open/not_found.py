# open() failures are OSError subclasses with errno, strerror and filename, worded as CPython's
# "[Errno 2] No such file or directory: 'name'".
import os

for args in [('_tmp_no_such_file.txt',), ('_tmp_no_such_dir/file.txt', 'w'), ('.',),
             ('.', 'w'), (b'_tmp_no_such_file.txt',)]:
    try:
        open(*args)
    except OSError as e:
        print(type(e).__name__, e.errno, repr(e.strerror), repr(e.filename), e.filename2)
        print('  str:', e)
        print('  repr:', repr(e))
        print('  args:', e.args)
        print('  is OSError:', isinstance(e, OSError), isinstance(e, IOError), isinstance(e, EnvironmentError))

NAME = '_tmp_not_found.txt'
with open(NAME, 'w') as f:
    f.write('a file, not a directory\n')
try:
    open(NAME + '/inside.txt')
except NotADirectoryError as e:
    print('NotADirectoryError', e)
try:
    open(NAME, 'x')
except FileExistsError as e:
    print('FileExistsError', e)
os.remove(NAME)

# the handler sees the most specific class first
try:
    open('_tmp_missing_again.txt')
except FileNotFoundError:
    print('caught as FileNotFoundError')
except OSError:
    print('not reached')

# an uncaught one ends the program with CPython's traceback
print('about to fail')
with open('_tmp_missing_at_the_end.txt') as f:
    print(f.read())
