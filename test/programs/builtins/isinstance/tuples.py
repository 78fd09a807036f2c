# isinstance with tuples (including nested tuples) and bool being an int.
vals = [1, True, 2.0, 'x', None, [1], (1,), {'a': 1}]
for v in vals:
    print(repr(v), isinstance(v, (int, float)), isinstance(v, (str, (list, tuple))), isinstance(v, bool))
print(isinstance(ValueError('x'), (KeyError, (TypeError, Exception))))
try:
    isinstance(1, 'int')
except TypeError as e:
    print(e)
