# Repeating a sequence by a non-int.
s = 'ab'
print(s * 'c')
