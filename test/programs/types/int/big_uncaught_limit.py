# An uncaught ValueError from the 4300-digit limit ends the program with CPython's traceback;
# the lines printed before it are flushed first.
n = 1
for i in range(1, 2000):
    n *= i
print('bits:', n.bit_length())
print('hex digits:', len(hex(n)) - 2)
print('decimal:', n)
