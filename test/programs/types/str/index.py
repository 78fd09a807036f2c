# Indexing a str gives a 1-char str; negative indices count from the end.
s = 'python'
print(s[0])
print(s[5])
print(s[-1])
print(s[-6])
print(s[2] + s[3])
u = 'héllo wörld'
print(u[1], u[-4], len(u))
print('abc'[1])
print(type(s[0]))
