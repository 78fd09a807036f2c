# str + int: str's own message for concatenating a non-str.
label = 'count: '
n = 3
print(label + n)
