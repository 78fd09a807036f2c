# float.as_integer_ratio (exact, lowest terms), conjugate/real/imag (exact floats, also for
# subclasses), is_integer, and the errors for infinities and NaN.

for x in [0.0, -0.0, 1.0, -1.5, 0.1, 0.5, 2.5, 1e16, 1e15, 4.35, 1 / 3, 2.675, 1234.5, -0.5,
          0.125, 9007199254740992.0, 123456789012345678.0, 0.3]:
    n, d = x.as_integer_ratio()
    print(repr(x), n, d, n / d == x, x.is_integer(), x.conjugate(), x.real, x.imag)

for x in [float('inf'), float('-inf'), float('nan')]:
    try:
        print(x.as_integer_ratio())
    except Exception as e:
        print(type(e).__name__, e)
    print(x.real, x.imag, x.conjugate(), x.is_integer())

class F(float):
    pass

f = F(2.5)
print(type(f.real).__name__, type(f.conjugate()).__name__, type(f.imag).__name__, f.as_integer_ratio())
try:
    (1.5).real = 2.0
except AttributeError as e:
    print('AttributeError', e)
try:
    (1.5).as_integer_ratio(1)
except TypeError as e:
    print('TypeError', e)
print(sum(x.as_integer_ratio()[1] for x in [0.5, 0.25, 0.75]))
