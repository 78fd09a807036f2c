# The .name and .obj of an AttributeError come from the lookup that failed: a plain missing
# attribute, a property getter or __getattr__ raising a bare AttributeError (the outer lookup
# fills them in), an inner lookup's error keeping its own, an explicit raise outside any lookup
# (None), and the error from setting or deleting (None: CPython fills them only on lookups).
class Record:
    def __init__(self):
        self.value = 1

    @property
    def computed(self):
        raise AttributeError('computed is not ready')

    @property
    def chained(self):
        return self.value.missing_on_int


class Dynamic:
    def __getattr__(self, name):
        if name.startswith('x_'):
            return name[2:]
        raise AttributeError('no dynamic ' + name)


def show(label, f):
    try:
        f()
    except AttributeError as e:
        obj = e.obj
        kind = 'None' if obj is None else type(obj).__name__
        print(label, '|', e, '|', e.name, '|', kind)


r = Record()
show('missing', lambda: r.valeu)
show('property', lambda: r.computed)
show('inner', lambda: r.chained)
show('getattr ok', lambda: print(Dynamic().x_ok))
show('getattr', lambda: Dynamic().y)
show('getattr()', lambda: getattr(Dynamic(), 'z'))


def explicit():
    raise AttributeError('explicit')


show('explicit', explicit)


def set_slot():
    class S:
        __slots__ = ('a',)
    S().b = 1


show('set', set_slot)


def delete():
    del r.nothing


show('delete', delete)
print(hasattr(r, 'computed'), getattr(r, 'computed', 'fallback'))
# Uncaught: the traceback's suggestion uses the name filled in by the failed lookup.
r.chained_value = 5
print(r.chained_valeu)
