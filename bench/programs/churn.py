# churn: allocation churn of short-lived objects: tuples, small lists, dicts and instances made
# and dropped at once (refcounting frees each the moment it dies; the cycle collector's
# generation-0 counter sees every tracked allocation).


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Box:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi


def churn(n):
    total = 0
    for i in range(n):
        t = (i, i + 1, i + 2)
        l = [i, t, i * 2]
        d = {"a": i, "b": l}
        p = Point(i, t[2])
        b = Box(p, Point(d["a"], l[2]))
        total += b.hi.y - b.lo.x + len(l) + len(d)
    return total


def main():
    r = churn(60000)
    print("churn", r)
    if r == 60000 * 5 + 60000 * 59999 // 2:
        print("ok")
    else:
        print("WRONG")


main()
