# __context__ and __cause__ take an exception or None (TypeError otherwise) and cannot be
# deleted; setting __cause__ sets __suppress_context__, which takes a bool only (a T_BOOL
# member: "attribute value type must be bool", and it cannot be deleted). The printed chain
# follows what the program set.
e = ValueError('main')
print(e.__context__, e.__cause__, e.__suppress_context__)
for name in ('__context__', '__cause__'):
    for bad in (5, 'x', ValueError):
        try:
            setattr(e, name, bad)
        except TypeError as x:
            print(name, 'TypeError:', x)
    try:
        delattr(e, name)
    except TypeError as x:
        print(name, 'TypeError:', x)

e.__context__ = KeyError('ctx')
print(repr(e.__context__), e.__suppress_context__)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
for bad in (1, 0, None, 'yes'):
    try:
        e.__suppress_context__ = bad
    except TypeError as x:
        print('TypeError:', x)
try:
    del e.__suppress_context__
except TypeError as x:
    print('TypeError:', x)
print(e.__suppress_context__)

# raise ... from sets both; assigning the context back to None hides it
try:
    try:
        {}['missing']
    except KeyError as k:
        raise RuntimeError('wrapped') from k
except RuntimeError as r:
    print(repr(r.__cause__), repr(r.__context__), r.__suppress_context__)

# a manual chain: the cause is printed, then a hidden context, then a shown one
first = OSError('first')
second = LookupError('second')
second.__cause__ = first
third = TypeError('third')
third.__context__ = second
third.__cause__ = None
third.__suppress_context__ = False
print('raising')
raise third
