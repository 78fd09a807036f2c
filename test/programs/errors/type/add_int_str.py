# int + str: no __add__ on either side accepts the other.
x = 1
y = 'a'
print(x + y)
