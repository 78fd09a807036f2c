# module: imported by the programs next to it
def square(x):
    return x * x

def cube(x):
    return x * x * x

def fail(x):
    return x / 0
