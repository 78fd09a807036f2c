# + joins strings, * repeats them (with an int on either side; zero or negative gives '').
a = 'foo'
b = 'bar'
print(a + b)
print(a + ' ' + b)
print(a * 3)
print(3 * b)
print('-' * 20)
print('x' * 0 + '|')
print('x' * -2 + '|')
s = ''
s = s + 'a'
s = s + 'bc'
print(s)
print(len('ab' * 50))
print('é' * 3)
