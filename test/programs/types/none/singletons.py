# None, NotImplemented and Ellipsis: their types (not subclassable, constructors return the
# singleton), repr/str, truth, hashing, comparisons, attributes and error messages.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

NoneType, NIType, EllipsisType = type(None), type(NotImplemented), type(...)
show('types', lambda: (NoneType, NIType, EllipsisType, NoneType.__name__, EllipsisType.__qualname__))
show('call', lambda: (NoneType() is None, NIType() is NotImplemented, EllipsisType() is Ellipsis))
show('call args', lambda: NoneType(1))
show('call args 2', lambda: EllipsisType(1))
show('call kw', lambda: NIType(x=1))
show('repr', lambda: (repr(None), str(None), repr(NotImplemented), str(...), repr(Ellipsis)))
show('bool', lambda: (bool(None), bool(...), None.__bool__()))
show('eq', lambda: (None == None, None != 0, ... == ..., None is None, None == False, None.__eq__(None), None.__eq__(0)))
show('order', lambda: None < None)
show('order 2', lambda: ... > 1)
show('hash', lambda: (hash(None) == hash(None), hash(...) == hash(Ellipsis), {None: 1, ...: 2}[None]))
show('subclass', lambda: type('X', (NoneType,), {}))
show('attr', lambda: None.foo)
show('setattr', lambda: setattr(None, 'x', 1))
show('call None', lambda: (lambda n: n())(None))
show('index', lambda: (lambda n: n[0])(None))
show('iter', lambda: iter(None))
show('len', lambda: len(...))
show('reduce', lambda: (None.__reduce__(), ....__reduce__(), NotImplemented.__reduce__()))
show('format', lambda: (format(None), f'{None!r:>6}|', format(..., '')))
show('format spec', lambda: format(None, '>5'))
show('isinstance', lambda: (isinstance(None, NoneType), isinstance(..., object), issubclass(NoneType, object)))
show('in containers', lambda: ([None, ...].count(None), (None,) == (None,), ... in [...]))
show('arith', lambda: None + 1)
show('arith 2', lambda: ... * 2)
show('neg', lambda: -None)
show('dir', lambda: [n for n in dir(None) if not n.startswith('_')])
