# f(**m) accepts any mapping: a dict subclass is read as a dict (its keys() and __getitem__
# overrides are not used unless it overrides __iter__), other objects through keys() and
# __getitem__, a class's mappingproxy too; a repeated keyword is an error whether it comes from
# the mapping or elsewhere; a non-mapping is rejected; errors in keys() or __getitem__ propagate.
class Upper(dict):
    def keys(self):
        return ['a', 'b']

    def __getitem__(self, k):
        return k.upper()


class UpperIter(Upper):
    def __iter__(self):
        return iter(self.keys())


class Settings:
    def __init__(self, **kw):
        self.data = kw

    def keys(self):
        return sorted(self.data)

    def __getitem__(self, k):
        return self.data[k] * 10


class Defaults:
    colour = 'red'
    size = 3


def show(**kw):
    return sorted(kw.items())


def pick(colour='none', size=0, **rest):
    return colour, size, sorted(rest)


print(show(**Upper(q=1)), show(**UpperIter(q=1)), show(**Settings(y=2, x=1)), show(**{'z': 1}, **Settings(w=1)))
print(pick(**{k: v for k, v in vars(Defaults).items() if not k.startswith('__')}))
print([k for k, v in show(**Defaults.__dict__) if not k.startswith('__')])
print({**Settings(k=1), 'extra': 0}, dict(Settings(m=5)))


class BrokenKeys:
    def keys(self):
        raise ValueError('keys() failed')


class BrokenItem:
    def keys(self):
        return ['k']

    def __getitem__(self, k):
        raise KeyError('missing ' + k)


for label, call in (('list', lambda: show(**[1])), ('int', lambda: show(**5)),
                    ('dup after', lambda: show(**Settings(x=1), x=2)),
                    ('dup before', lambda: show(x=1, **Settings(x=1))),
                    ('dup two maps', lambda: show(**Settings(a=1), **{'a': 2})),
                    ('keys', lambda: show(**BrokenKeys())), ('item', lambda: show(**BrokenItem()))):
    try:
        print(label, call())
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
