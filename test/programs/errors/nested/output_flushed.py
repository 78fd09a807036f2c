# Everything printed before an uncaught error reaches stdout; the traceback goes to stderr.
for i in range(5):
    print('line', i, end='')
    print()
print('partial', end='')
d = {}
print(d['missing'])
