# Calling a function with more positional arguments than it takes.
def f(x):
    return x


f(1, 2)
