# Writing to a file opened for reading, uncaught: the traceback names io.UnsupportedOperation
# with its module, as CPython prints it; what was printed before comes first.
NAME = 'inventory.txt'

with open(NAME) as f:
    first = f.readline()
    print('read:', first.strip())
    f.write('this fails\n')
