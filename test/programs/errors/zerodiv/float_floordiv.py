# Floor division of floats by zero.
x = 1.5
print(x // 0.0)
