# One call deeper than at_limit.py: RecursionError, so the limit is pinned from both sides.
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print(depth(999))
