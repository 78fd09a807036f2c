# X | Y of classes (PEP 604) gives a types.UnionType: nested unions are flattened, None means
# NoneType, duplicates are dropped (a single class left is returned as is), order is kept for
# display but not for ==/hash; isinstance()/issubclass() accept a union like a tuple; anything
# that is not a class, None or an alias cannot take part.
class Shape:
    pass


class Circle(Shape):
    pass


u = int | str
print(u, type(u).__name__, type(u).__module__, u.__args__, u.__parameters__)
print(int | None, None | int, Shape | None | list[Circle], int | str | int, int | (str | float), str | str)
print((int | str) == (str | int), (int | str) != (int | float), hash(int | str) == hash(str | int))
print(len({int | str, str | int, int | float}), (int | None).__args__)
values = [3, 'x', 2.5, None, Circle(), True, [1]]
print([isinstance(v, int | str) for v in values])
print([isinstance(v, float | None) for v in values])
print([isinstance(v, (list, Shape | None)) for v in values])
print(issubclass(bool, int | str), issubclass(Circle, Shape | None), issubclass(float, (str, int | bytes if False else int)))


def parse(text: str, default: int | None = None) -> int | float | None:
    try:
        return int(text)
    except ValueError:
        return default


print(parse.__annotations__, parse('7'), parse('x', 0))
for bad in (lambda: int | 3, lambda: 'a' | int, lambda: Circle() | Shape, lambda: isinstance(1, list[int] | int),
            lambda: isinstance(1, int | list[int]), lambda: issubclass(1, int | str)):
    try:
        print(bad())
    except TypeError as e:
        print('TypeError:', e)
