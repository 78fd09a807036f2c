# and/or return one of their operands, and skip the right side when the left decides.
def side(x):
    print('side', x)
    return x


print(0 or 'x')
print('' or 0)
print('a' or 'b')
print(1 and 2)
print(0 and 2)
print([] and 'never')
print(None or [] or 'last')
print(1 and 'a' and 3.5)
print(side(0) and side(1))
print(side(1) or side(2))
print(side(0) or side(2))
print(side(1) and side(2))
print(not 0 and 'yes')
x = None
name = x or 'default'
print(name)
