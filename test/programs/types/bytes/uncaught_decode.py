# An uncaught UnicodeDecodeError: the traceback's last line is CPython's message.
def parse(raw):
    text = raw.decode('utf-8')
    return text.split(',')

print(parse(b'a,b,c'))
print(parse(b'caf\xe9,x'))
