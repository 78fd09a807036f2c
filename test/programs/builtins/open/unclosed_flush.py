# A file that is never closed is flushed and closed when its last reference goes away, as in
# CPython (whose ResourceWarning is silent by default). One that only a garbage cycle holds is
# closed by the collector, which finalizes the layers in the order open() made them (FileIO,
# buffer, text wrapper): text still pending in the wrapper is then lost, exactly as in CPython.
import gc
import os

NAME = '_tmp_unclosed.txt'

f = open(NAME, 'w')
f.write('written but not flushed\n')
print(os.path.getsize(NAME))     # still in the buffers
del f                            # refcount 0: flushed and closed
print(os.path.getsize(NAME))
with open(NAME) as g:
    print(repr(g.read()))

def write_and_forget(text):
    h = open(NAME, 'a')
    h.write(text)
    # h goes out of scope here

write_and_forget('from a function\n')
with open(NAME) as g:
    print(repr(g.read()))

class Holder:
    pass

gc.disable()
holder = Holder()
holder.me = holder              # a cycle: only the collector frees it
holder.file = open(NAME, 'a')
holder.file.write('from a cycle\n')
del holder
print(os.path.getsize(NAME))
print(gc.collect() > 0)
with open(NAME) as g:
    print(repr(g.read()))

# binary and raw files too
b = open(NAME, 'ab')
b.write(b'binary tail\n')
b = None
with open(NAME, 'rb') as g:
    print(g.read().splitlines()[-1])
os.remove(NAME)
