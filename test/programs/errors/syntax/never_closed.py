# An unclosed bracket is reported at the bracket that was never closed.
total = 0
print('sum',
      total
x = 1
