# A missing indented block after a compound statement header.
if True:
print('not indented')
