# An uncaught OverflowError from converting a too-large int to float, raised inside a function
# called from a loop: the traceback shows both frames and the markers.
def average(values):
    return sum(values) / len(values)


def mean_of_powers(base, n):
    return average([float(base ** k) for k in range(n)])


for n in (10, 100, 1000):
    print(n, mean_of_powers(2, n))
print(mean_of_powers(10, 400))
