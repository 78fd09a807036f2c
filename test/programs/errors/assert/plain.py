# assert without a message, and a caught assert with non-string message.
try:
    assert 1 == 2, ('tuple', 3)
except AssertionError as e:
    print('caught', e.args)
x = [1, 2]
assert len(x) == 3
