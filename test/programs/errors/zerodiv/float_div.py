# True division of a float by zero.
x = 1.5
print(x / 0)
