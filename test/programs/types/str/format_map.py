# str.format_map: lookups go through mapping[key] (so __missing__ and any __getitem__ work),
# positional fields are refused, and str.format called from inside a field's __format__ does
# not disturb the outer call's automatic numbering.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show('basic', lambda: '{name} is {age}'.format_map({'name': 'Ann', 'age': 31}))
show('attr and index', lambda: '{p.__class__.__name__} {l[1]} {d[k]}'.format_map({'p': 3, 'l': [5, 6], 'd': {'k': 'v'}}))
show('spec', lambda: '{x:>8.2f}|{y!r:^7}'.format_map({'x': 3.14159, 'y': 'hi'}))
show('missing', lambda: '{x}'.format_map({}))
show('positional', lambda: '{}'.format_map({}))
show('numbered', lambda: '{0}'.format_map({0: 1}))
show('not mapping', lambda: '{a}'.format_map(1))
show('no arg', lambda: 'x'.format_map())
show('two args', lambda: 'x'.format_map({}, {}))
show('keyword', lambda: 'x'.format_map(m={}))
show('no fields', lambda: 'plain {{text}}'.format_map(5))

class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
show('__missing__', lambda: '{a} {b} {c}'.format_map(Default(b=2)))

class Upper:
    def __getitem__(self, key):
        return key.upper()
show('getitem', lambda: '{hello}, {world}!'.format_map(Upper()))

class Nested:
    def __format__(self, spec):
        return '{}[{}]'.format('N', spec)
print('{} {} {}'.format(Nested(), 1, 2))
print('{0:x} {1}'.format(Nested(), 'y'))
print('{n:abc} {v}'.format_map({'n': Nested(), 'v': 7}))
