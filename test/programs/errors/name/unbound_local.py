# Assigning a name anywhere in a function makes it local everywhere in it (no global declared).
n = 0


def bump():
    n += 1
    return n


bump()
