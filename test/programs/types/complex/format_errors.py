# Format specs complex rejects: '%' and the non-float types, zero padding and '=' alignment.
z = 1 + 2j
for spec in ('%', 'd', 's', 'c', 'x', 'b', 'o', 'X', 'r', '0', '010', '0<10', '=10', '0=5', '<05',
             '.2%', '10d', 'xx', ',_', ',n', '_n', ',d', '.', '10.2.3', '99999999999999999999',
             '.99999999999999999999f'):
    try:
        print(repr(spec), repr(format(z, spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
for args in ((), (1,), ('', ''),):
    try:
        print(z.__format__(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(z.__format__(spec=''))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(format(z, 5))
except TypeError as e:
    print(type(e).__name__, e)
print(complex.__format__(z, ''), complex.__format__(z, '.1f'), z.__format__('>12'))
