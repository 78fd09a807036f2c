# List slicing returns a new list; steps and negative bounds work as for str.
a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(a[2:5])
print(a[:3], a[7:])
print(a[-3:], a[:-7])
print(a[::3])
print(a[::-1])
print(a[7:2:-2])
print(a[5:2])
print(a[20:])
b = a[:]
b[0] = 'changed'
print(a[0], b[0])
