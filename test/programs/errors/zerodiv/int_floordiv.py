# Floor division of ints by zero.
a = 10
b = 0
print(a // b)
