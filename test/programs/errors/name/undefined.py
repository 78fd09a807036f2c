# An undefined name with no close match: the message has no "Did you mean" hint.
print('before')
print(qwertyuiop)
print('not reached')
