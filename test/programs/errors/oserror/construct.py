# OSError built from Python: 2 to 5 arguments fill errno, strerror, filename and filename2 (a
# filename cuts args to two), an int errno picks the subclass, and str() follows CPython's
# "[Errno N] text: 'file' -> 'other'" forms.
for args in [(), ('x',), (2, 'No such'), (2, 'No such', 'f.txt'), (2, 'No such', 'f.txt', None, 'g'),
             (17, 'e', None), (99, 'weird'), ('a', 'b'), (None, 'x'), (2, 'm', 'f', None, 'g', 'h'),
             (1, 2, 3, 4, 5, 6)]:
    e = OSError(*args)
    print(type(e).__name__, repr(e), str(e), e.args, e.errno, e.strerror, e.filename, e.filename2)

for code in [1, 2, 4, 10, 11, 13, 17, 20, 21, 32, 104, 110, 111, 3, 22, 99]:
    print(code, type(OSError(code, 'x')).__name__)

class AppError(OSError):
    pass
e = AppError(2, 'x', 'y')
print(type(e).__name__, e, e.args, e.errno)
e = FileNotFoundError(13, 'x', 'y')
print(type(e).__name__, e)
e = OSError(2, 'x')
e.errno = 5
e.filename = 'set later'
print(e, e.errno)
try:
    OSError(1, x=2)
except TypeError as exc:
    print('TypeError:', exc)

class Custom(OSError):
    def __init__(self, a, b, c):
        super().__init__(a, b)
        self.extra = c
e = Custom(2, 'x', 'y')
print(repr(e), e.filename, type(e).__name__, e.extra)
e = OSError(2, 'x', 'y')
e.__init__(3, 'z')
print(repr(e), e.filename)
print(IOError is OSError, EnvironmentError is OSError)
try:
    raise FileNotFoundError(2, 'No such file or directory', 'nope.txt')
except OSError as exc:
    print(exc.errno, exc.filename, isinstance(exc, FileNotFoundError))
raise OSError(2, 'No such file or directory', 'a', None, 'b')
