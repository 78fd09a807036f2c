# Arithmetic between big ints and floats: the int is converted to the nearest double first
# (OverflowError if it cannot be), for + - * / // % ** and divmod, either operand order.
b = 2 ** 70
print(b + 0.5, 0.5 + b, b - 1.5, b * 1.5, 1.5 * b, b / 4.0, 4.0 / b)
print(b // 3.0, b % 7.5, 7.5 % b, 7.5 // -b, divmod(b, 7.5), divmod(-7.5, b))
print(b ** 0.5, 2.0 ** 70 == b, 0.5 ** b, 1.0 ** (2 ** 100), (-1.0) ** (2 ** 100 + 1))
h = 10 ** 400
for name, f in (('h + 1.0', lambda: h + 1.0), ('1.0 - h', lambda: 1.0 - h), ('h * 0.5', lambda: h * 0.5),
                ('h / 2.0', lambda: h / 2.0), ('2.0 // h', lambda: 2.0 // h), ('h % 3.0', lambda: h % 3.0),
                ('h ** 0.5', lambda: h ** 0.5), ('2.0 ** h', lambda: 2.0 ** h), ('divmod', lambda: divmod(1.0, h))):
    try:
        print(name, f())
    except OverflowError as e:
        print(name, 'OverflowError', e)
try:
    print(2.0 ** (2 ** 100))
except OverflowError as e:
    print('OverflowError', e)
print(sum([0.5, 2 ** 64, 2 ** 64]), max(2 ** 64, 0.5) + 0.0)
