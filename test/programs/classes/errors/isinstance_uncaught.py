# An uncaught TypeError from isinstance() with a second argument that is not a class (a string
# naming one), after a correct call with a tuple.
def check(value, kinds):
    return isinstance(value, kinds)


print(check(3, (str, int)))
print(check(3, 'int'))
