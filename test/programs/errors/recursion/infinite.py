# Unbounded recursion: RecursionError, with the repeated frames collapsed in the traceback.
def down(n):
    return down(n + 1)


down(0)
