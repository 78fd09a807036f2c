# An IndexError raised inside a function called from a loop at module level.
def nth(items, i):
    return items[i]


words = ['zero', 'one', 'two']
i = 0
while True:
    print(nth(words, i))
    i += 1
