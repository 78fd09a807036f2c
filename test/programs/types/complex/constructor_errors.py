# complex()'s TypeErrors, in CPython's order: argument binding, strings, __complex__, then
# "must be a number" for each argument.
cases = [
    lambda: complex('1', 2),
    lambda: complex('1', '2'),
    lambda: complex(1, '2'),
    lambda: complex(imag='2'),
    lambda: complex(real='1+1j', imag=0),
    lambda: complex([]),
    lambda: complex(None),
    lambda: complex(b'1'),
    lambda: complex(bytearray(b'1')),
    lambda: complex({}),
    lambda: complex(1, []),
    lambda: complex(1, None),
    lambda: complex(1, b'2'),
    lambda: complex(object(), object()),
    lambda: complex(1, 2, 3),
    lambda: complex(x=1),
    lambda: complex(1, real=2),
    lambda: complex(1, 2, imag=3),
    lambda: complex.__new__(int),
    lambda: complex.__new__(str, 1),
    lambda: complex.__new__(),
]
for f in cases:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(complex.__new__(complex, 1, 2), complex.__new__(complex))
