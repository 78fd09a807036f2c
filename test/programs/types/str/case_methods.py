# str.upper and str.lower on ASCII text; the original is unchanged.
s = 'Hello, World! 123'
print(s.upper())
print(s.lower())
print(s)
print(''.upper() + '|')
