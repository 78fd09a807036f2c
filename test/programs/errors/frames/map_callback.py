# Uncaught error in a function called by map while list() consumes it.
def parse(s):
    return int(s)


print(list(map(parse, ['1', '2'])))
print(list(map(parse, ['3', 'four'])))
