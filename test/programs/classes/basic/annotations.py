# Annotations in class and module bodies: an annotated name goes into the body's
# __annotations__ dict (with or without a value; only a value binds the name), a class reads
# its own annotations (not its bases'), an empty dict is made on first access for a class that
# has none, __annotations__ can be replaced and deleted on a class but not on a builtin type,
# and function annotations become a dict.
count: int = 3
label: 'str'
print(__annotations__, count, 'label' in globals())


class Empty:
    pass


class Config:
    host: str = 'localhost'
    port: int = 8080
    debug: bool
    tags: list = []
    __secret: str = 'x'
    plain = 'not annotated'

    def method(self) -> None:
        pass


class Derived(Config):
    extra: float = 1.5


print('__annotations__' in vars(Empty), Empty.__annotations__, '__annotations__' in vars(Empty))
print(Config.__annotations__)
print(Derived.__annotations__, Config.port, hasattr(Config, 'debug'), Derived().__annotations__ is Derived.__annotations__)
print(sorted(k for k in vars(Config) if not k.startswith('__')))
Derived.__annotations__ = {'replaced': True}
print(Derived.__annotations__, Config.__annotations__['host'])
del Derived.__annotations__
print(Derived.__annotations__)
del Derived.__annotations__
try:
    del Derived.__annotations__
    del Derived.__annotations__
except AttributeError as e:
    print('AttributeError:', e)
for f in (lambda: int.__annotations__, lambda: setattr(str, '__annotations__', {})):
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ':', e)


def typed(a: int, *rest: str, b: 'float' = 1.0, **kw: dict) -> tuple:
    return a, rest, b, kw


print(typed.__annotations__, typed.__annotations__ is typed.__annotations__)
typed.__annotations__ = {'only': 'this'}
print(typed.__annotations__)


def unannotated(x):
    y: int = 5
    return y


print(unannotated.__annotations__, unannotated(1))
