# None: printing, identity tests, and the implicit return value of a function.
x = None
print(x)
print(repr(None), str(None))
print(x is None, x is not None)
print(None == None, None != 0, None == False)
print(type(None))


def nothing():
    pass


def early(flag):
    if flag:
        return
    return 1


print(nothing())
print(nothing() is None)
print(early(True), early(False))
y = 0
print(y is None, y is not None)
if not None:
    print('None is falsy')
