# Uncaught exception raised while handling another: both tracebacks, implicit chaining.
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise KeyError('bad number: ' + s)


print(parse('12'))
print(parse('1x'))
