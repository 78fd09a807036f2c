# Ordering comparison between unrelated types.
a = 1
b = 'one'
print(a < b)
