# A negative index beyond the start of a list.
items = [1, 2, 3]
print(items[-4])
