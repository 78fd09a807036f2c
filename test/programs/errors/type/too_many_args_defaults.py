# With defaults, the message gives the range of accepted positional arguments.
def g(a, b=1):
    return a + b


print(g(1))
print(g(1, 2, 3))
