# An uncaught error from the time module ends the program with CPython's traceback.
import time

def stamp(t):
    return time.strftime('%Y-%m-%d', t)

print(stamp((2024, 5, 17, 0, 0, 0, 4, 138, 0)))
print(stamp((2024, 13, 17, 0, 0, 0, 4, 138, 0)))
