# The bundled os module over the host's file system: mkdir/rmdir/makedirs, listdir, rename and
# replace, remove, stat sizes, os.path queries, and the OSError subclasses with the paths.
import os

BASE = '_tmp_os_files'
os.mkdir(BASE)
print(os.path.isdir(BASE), os.path.isfile(BASE), os.path.exists(BASE), os.listdir(BASE))

for name, text in [('b.txt', 'bee\n'), ('a.txt', 'ay\n'), ('c.log', 'see' * 100)]:
    with open(os.path.join(BASE, name), 'w') as f:
        f.write(text)
print(sorted(os.listdir(BASE)))
print([(n, os.path.getsize(os.path.join(BASE, n))) for n in sorted(os.listdir(BASE))])
st = os.stat(os.path.join(BASE, 'c.log'))
print(st.st_size, st[6], type(st).__name__, oct(st.st_mode & 0o170000))
print(oct(os.stat(BASE).st_mode & 0o170000))

os.rename(os.path.join(BASE, 'a.txt'), os.path.join(BASE, 'z.txt'))
os.replace(os.path.join(BASE, 'b.txt'), os.path.join(BASE, 'z.txt'))
print(sorted(os.listdir(BASE)))
with open(os.path.join(BASE, 'z.txt')) as f:
    print(repr(f.read()))

os.makedirs(os.path.join(BASE, 'deep', 'er'))
os.makedirs(os.path.join(BASE, 'deep', 'er'), exist_ok=True)
print(sorted(os.listdir(BASE)), os.listdir(os.path.join(BASE, 'deep')))

def attempt(label, fn):
    try:
        fn()
    except OSError as e:
        print(label, type(e).__name__, e.errno, e)

attempt('mkdir existing', lambda: os.mkdir(BASE))
attempt('makedirs existing', lambda: os.makedirs(os.path.join(BASE, 'deep')))
attempt('rmdir non-empty', lambda: os.rmdir(BASE))
attempt('rmdir a file', lambda: os.rmdir(os.path.join(BASE, 'z.txt')))
attempt('remove a dir', lambda: os.remove(BASE))
attempt('remove missing', lambda: os.remove(os.path.join(BASE, 'missing')))
attempt('rename missing', lambda: os.rename(os.path.join(BASE, 'missing'), os.path.join(BASE, 'x')))
attempt('listdir a file', lambda: os.listdir(os.path.join(BASE, 'z.txt')))
attempt('listdir missing', lambda: os.listdir('_tmp_no_such_dir'))
attempt('stat missing', lambda: os.stat('_tmp_no_such_file'))
try:
    os.remove(5)
except TypeError as e:
    print('TypeError:', e)

os.rmdir(os.path.join(BASE, 'deep', 'er'))
os.rmdir(os.path.join(BASE, 'deep'))
for name in os.listdir(BASE):
    os.unlink(os.path.join(BASE, name))
os.rmdir(BASE)
print(os.path.exists(BASE), os.path.getsize('files_and_dirs.py') > 0)
print(os.strerror(2), os.strerror(13), os.sep, os.linesep == '\n', os.name, os.curdir)
print(os.fspath('p'), os.fspath(b'p'))

class Where:
    def __fspath__(self):
        return 'files_and_dirs.py'
print(os.path.exists(Where()), os.fspath(Where()))
with open(Where()) as f:
    print(f.name, f.readline().startswith('#'))
