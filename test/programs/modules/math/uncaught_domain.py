# An uncaught math domain error ends the program with CPython's traceback.
import math

def roots(values):
    return [math.sqrt(v) for v in values]

print(roots([4, 9, 2.25]))
print(roots([1, -1]))
