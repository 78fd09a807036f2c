# Two missing arguments are listed with "and".
def point(x, y, z):
    return x + y + z


point(1)
