# len() of a value without a length.
n = 12345
print(len(n))
