# Calling a function without a required positional argument.
def f(x):
    return x


f()
