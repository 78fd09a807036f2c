# A missing key is always the one argument of the KeyError, even when the key is itself an
# exception (a KeyError key must not be raised as is), a tuple, or None.

for key in [KeyError('x'), ValueError('v'), (1, 2), (), None, 'k', 0, frozenset({1})]:
    for op in ['get', 'del', 'pop', 'set.remove']:
        try:
            if op == 'get':
                {}[key]
            elif op == 'del':
                del {}[key]
            elif op == 'pop':
                {}.pop(key)
            else:
                set().remove(key)
        except KeyError as e:
            print(op, repr(e), str(e), e.args, e.args[0] is key)

d = {'a': 1}
try:
    d[KeyError('a')]
except KeyError as e:
    print(type(e.args[0]).__name__, e.args[0].args)
try:
    {}.popitem()
except KeyError as e:
    print(repr(e))
