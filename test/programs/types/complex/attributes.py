# .real and .imag are read-only member descriptors holding floats; conjugate(),
# __getnewargs__() and __complex__() take no arguments.
z = 1.5 - 2j
print(z.real, z.imag, type(z.real).__name__, z.conjugate(), (3j).conjugate(), (-0j).conjugate())
print(z.__getnewargs__(), (0j).__getnewargs__(), z.__complex__() is z)
print(complex.real, complex.imag, type(complex.real).__name__, complex.real.__name__)
print(complex.real.__get__(z), complex.imag.__get__(z, complex))
for f in (lambda: setattr(z, 'real', 3), lambda: delattr(z, 'imag'),
          lambda: complex.real.__set__(z, 1.0), lambda: setattr(z, 'other', 1)):
    try:
        f()
    except AttributeError as e:
        print(type(e).__name__, e)
for f in (lambda: complex.real.__get__(1), lambda: complex.imag.__set__(1, 2),
          lambda: z.conjugate(1), lambda: z.conjugate(x=1), lambda: z.__getnewargs__(0),
          lambda: z.__complex__(None), lambda: complex.conjugate(1)):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print([w.real for w in (1, 2.5, True, 4j)], [w.imag for w in (1, 2.5, True, 4j)])
print([w.conjugate() for w in (1, 2.5, True, 4j)])
print(1j.__class__, (1j).__class__.__name__, type(1j) is complex, complex.__name__, complex.__qualname__)
print(complex.__module__, complex.__bases__, complex.__mro__)
print(sorted(k for k in complex.__dict__ if not k.startswith('__')))
print('__floordiv__' in complex.__dict__, '__int__' in complex.__dict__, hasattr(1j, '__round__'))
