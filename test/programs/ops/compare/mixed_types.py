# == and != across types never fail; None, str, int and containers compare by value.
print(1 == '1', '1' != 1)
print(None == 0, None == '', None is None)
print([1, 2] == (1, 2))
print(2 == 2.0, -0.0 == 0)
x = None
print(x is None, x is not None)
print([] == [], {} == {}, () == ())
print('abc' == 'ab' + 'c')
