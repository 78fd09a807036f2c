# One 300000-character line (plus non-ASCII characters): written as a single print.
line = 'x' * 100000 + 'é' * 100000 + '中' * 100000
print(len(line))
print(line)
print('end')
