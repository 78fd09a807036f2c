# Defining and calling functions: parameters, return values, and functions as values.
def add(a, b):
    return a + b


def greet(name):
    print('hello, ' + name)


def no_return():
    x = 1


print(add(2, 3))
print(add('con', 'cat'))
greet('world')
print(no_return())
f = add
print(f(10, 20))


def first_positive(items):
    for x in items:
        if x > 0:
            return x
    return None


print(first_positive([-1, 0, 3, 4]), first_positive([-1]))


def locals_are_local(n):
    n = n * 2
    return n


v = 4
print(locals_are_local(v), v)
