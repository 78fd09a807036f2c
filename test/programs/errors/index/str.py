# Reading past the end of a str.
s = 'abc'
print(s[10])
