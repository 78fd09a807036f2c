# Reading past the end of a tuple.
t = (1, 2)
print(t[2])
