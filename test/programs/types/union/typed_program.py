# A small typed program: eagerly evaluated annotations with generic aliases and unions on
# functions, methods and class bodies, read back through __annotations__ to validate records.

class Field:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind

    def check(self, value):
        return isinstance(value, self.kind)

    def __repr__(self):
        return f'Field({self.name!r}, {self.kind!r})'


def fields_of(cls) -> list[Field]:
    out: list[Field] = []
    for klass in reversed(cls.__mro__):
        for name, kind in klass.__dict__.get('__annotations__', {}).items():
            out.append(Field(name, kind))
    return out


class Record:
    id: int
    tags: list[str]

    def __init__(self, **values: int | str | list[str] | None) -> None:
        for f in fields_of(type(self)):
            if f.name not in values:
                raise TypeError(f'missing field {f.name!r}')
            v = values[f.name]
            if isinstance(f.kind, type) or type(f.kind).__name__ == 'UnionType':
                if not f.check(v):
                    raise TypeError(f'{f.name}: expected {f.kind!r}, got {type(v).__name__}')
            setattr(self, f.name, v)

    def __repr__(self) -> str:
        parts = ', '.join(f'{f.name}={getattr(self, f.name)!r}' for f in fields_of(type(self)))
        return f'{type(self).__name__}({parts})'


class User(Record):
    name: str
    email: str | None
    age: int | float


print(fields_of(User))
print(Record.__init__.__annotations__)
print(fields_of.__annotations__)
print(User(id=1, tags=['a'], name='ann', email=None, age=30))
print(User(id=2, tags=[], name='bo', email='b@x', age=41.5))
for bad in [dict(id='3', tags=[], name='c', email=None, age=1),
            dict(id=4, tags=[], name='d', email=5, age=1),
            dict(id=5, tags=[], name='e', email=None)]:
    try:
        User(**bad)
    except TypeError as e:
        print('TypeError', e)
print(User.__annotations__, Record.__annotations__)


def parse(pairs: dict[str, tuple[int, ...]]) -> dict[str, int]:
    return {k: sum(v) for k, v in pairs.items()}

print(parse({'x': (1, 2), 'y': ()}), parse.__annotations__['return'] == dict[str, int])
