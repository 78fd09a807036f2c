# The traceback printer looks __notes__ up as an attribute: a __getattr__ that supplies it is
# used, and one that raises AttributeError means no notes.
class Lazy(Exception):
    def __getattr__(self, name):
        if name == '__notes__':
            return ['computed note', 'and another']
        raise AttributeError(name)


class Plain(Exception):
    def __getattr__(self, name):
        raise AttributeError(name)


try:
    raise Plain('plain')
except Plain as p:
    print(hasattr(p, '__notes__'))
    try:
        p.add_note('x')
    except AttributeError as e:
        print('AttributeError:', e)
    raise Lazy('lazy')
