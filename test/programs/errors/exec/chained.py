# An exception raised while handling another, both inside exec'd code: both tracebacks name
# "<string>" frames.
exec("""
def parse(text):
    return int(text)

def load(text):
    try:
        return parse(text)
    except ValueError:
        raise LookupError('cannot load ' + repr(text))

load('12')
load('twelve')
""")
