# An error three calls deep: one traceback entry per frame, oldest first, with markers.
def outer(values):
    return middle(values) + 1


def middle(values):
    total = 0
    for v in values:
        total = total + inner(v)
    return total


def inner(v):
    return 100 // v


print(outer([1, 2, 4]))
print(outer([5, 0, 1]))
