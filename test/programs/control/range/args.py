# range with one, two and three arguments, negative steps and empty ranges.
def show(r):
    out = []
    for i in r:
        out.append(i)
    print(out)


show(range(5))
show(range(2, 6))
show(range(0, 10, 3))
show(range(10, 0, -2))
show(range(5, 0, -1))
show(range(-3, 3))
show(range(0))
show(range(5, 0))
show(range(0, 5, -1))
show(range(-10, -20, -4))
