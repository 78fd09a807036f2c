# bintrees: the binary-trees benchmark: allocate and walk many complete binary trees of tuples
# (short-lived trees of every depth and one long-lived tree), all freed by refcounting.


def make(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make(depth), make(depth))


def check(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check(left) + check(right)


def main():
    max_depth = 12
    min_depth = 4
    stretch = check(make(max_depth + 1))
    print("stretch tree of depth", max_depth + 1, "check:", stretch)
    long_lived = make(max_depth)
    total = 0
    expected = 0
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 2 ** (max_depth - depth + min_depth)
        c = 0
        for i in range(iterations):
            c += check(make(depth))
        print(iterations, "trees of depth", depth, "check:", c)
        total += c
        expected += iterations * (2 ** (depth + 1) - 1)
    print("long lived tree of depth", max_depth, "check:", check(long_lived))
    if total == expected and stretch == 2 ** (max_depth + 2) - 1:
        print("ok")
    else:
        print("WRONG")


main()
