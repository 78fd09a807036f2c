# A missing str key: the message is the key's repr.
ages = {'alice': 31, 'bob': 27}
print(ages['alice'])
print(ages['carol'])
