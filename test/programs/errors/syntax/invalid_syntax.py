# A plain syntax error: nothing runs, the caret points at the offending token.
print('never printed')
x = = 1
