# isinstance/issubclass follow CPython's protocol: a metaclass's __instancecheck__ and
# __subclasscheck__, o.__class__ when it differs from type(o), classes that are not types but
# have __bases__, nested tuples (with the recursion limit), and match's class patterns too.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Meta(type):
    def __instancecheck__(cls, inst):
        print('  __instancecheck__', cls.__name__, type(inst).__name__)
        return isinstance(inst, int)
    def __subclasscheck__(cls, sub):
        print('  __subclasscheck__', cls.__name__, sub.__name__)
        return issubclass(sub, (int, str))

class IntLike(metaclass=Meta):
    pass

show('int is IntLike', lambda: isinstance(5, IntLike))
show('str is IntLike', lambda: isinstance('x', IntLike))
show('in tuple', lambda: isinstance(5, (str, IntLike)))
show('bool sub', lambda: issubclass(bool, IntLike))
show('float sub', lambda: issubclass(float, IntLike))
show('self sub', lambda: issubclass(IntLike, IntLike))
show('own instance', lambda: isinstance(IntLike(), IntLike))

class Proxy:
    def __init__(self, target):
        self._t = target
    @property
    def __class__(self):
        return type(self._t)

show('proxy int', lambda: isinstance(Proxy(3), int))
show('proxy Proxy', lambda: isinstance(Proxy(3), Proxy))
show('proxy type', lambda: type(Proxy(3)).__name__)

class AbstractCls:
    __bases__ = ()
class Fake:
    __class__ = AbstractCls
show('abstract', lambda: isinstance(Fake(), AbstractCls))
show('abstract no', lambda: isinstance(1, AbstractCls))
show('abstract sub', lambda: issubclass(AbstractCls, AbstractCls))

show('bad cls', lambda: isinstance(1, 1))
show('bad arg1', lambda: issubclass(1, int))
show('bad arg2', lambda: issubclass(int, 1))
show('tuple bad late', lambda: isinstance(1, (int, 1)))
show('tuple bad early', lambda: isinstance(1, (1, int)))
show('nested', lambda: issubclass(int, ((float,), (object,))))
show('type methods', lambda: (type.__instancecheck__(int, 3), type.__subclasscheck__(int, bool), int.__instancecheck__(3)))
show('empty tuple', lambda: isinstance(3, ()))
deep = (int,)
for i in range(2000):
    deep = (deep,)
show('deep', lambda: isinstance(3, deep))

for v in [3, 'x', 2.5]:
    match v:
        case IntLike():
            print('match IntLike', v)
        case str():
            print('match str', v)
        case _:
            print('match other', v)
