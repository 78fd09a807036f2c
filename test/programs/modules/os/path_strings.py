# os.path's string functions (no file system involved): join, split, splitext, basename,
# dirname, normpath, isabs, with str and bytes.
import os.path
import os

for p in ['a/b/c.txt', '/abs/path/', 'file', '', '/', '.hidden', 'x.tar.gz', 'dir.d/file',
          '//two/slashes', 'a/./b/../c', '../up', '/../x']:
    print(repr(p), os.path.split(p), os.path.splitext(p), repr(os.path.basename(p)),
          repr(os.path.dirname(p)), repr(os.path.normpath(p)), os.path.isabs(p))

print(os.path.join('a', 'b', 'c'), os.path.join('a/', 'b'), os.path.join('a', '/b', 'c'),
      os.path.join('', 'x'), os.path.join('a', ''))
print(os.path.join(b'a', b'b'), os.path.split(b'x/y'), os.path.splitext(b'f.py'))
try:
    os.path.join('a', b'b')
except TypeError as e:
    print('TypeError:', e)
print(os.path is os.path, os.path.sep, os.path.abspath('/x/../y'))
