# len() of a range with more than sys.maxsize items: the uncaught OverflowError and its
# traceback, after the range itself printed fine.
r = range(0, 10 ** 30, 7)
print(r, r[-1], bool(r))
print('items:', len(r))
