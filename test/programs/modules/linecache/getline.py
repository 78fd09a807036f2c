# linecache.getline() reads the lines of the program's own file (with their newline), '' past
# the end, for line 0 and for files that do not exist or are pseudo-files; getlines() gives them
# all.
import linecache

print(repr(linecache.getline('getline.py', 1)))
print(repr(linecache.getline('getline.py', 4)))
print(repr(linecache.getline('getline.py', 0)))
print(repr(linecache.getline('getline.py', 1000)))
print(repr(linecache.getline('no_such_file.py', 1)))
print(repr(linecache.getline('<string>', 1)))
lines = linecache.getlines('getline.py')
print(len(lines), lines[-1])
print(linecache.getlines('no_such_file.py'))
linecache.clearcache()
linecache.checkcache()
print(linecache.getline('getline.py', 2).strip())
