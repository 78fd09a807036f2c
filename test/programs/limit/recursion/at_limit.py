# The deepest recursion CPython allows: 999 nested calls below the module frame (limit 1000).
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print(depth(998))
