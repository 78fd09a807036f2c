# Subscripting the builtin container classes (PEP 585) gives a types.GenericAlias: it shows its
# arguments, calls its origin, lends the origin's attributes, compares and hashes by origin and
# arguments, works as a base class (__mro_entries__, __orig_bases__), and is refused by
# isinstance()/issubclass(); type[...] works too; other classes are not subscriptable unless
# they define __class_getitem__; annotations using them evaluate.
class Item:
    pass


aliases = [list[int], dict[str, list[Item]], tuple[()], tuple[int, ...], set[float], frozenset[str], type[Item]]
print(aliases)
a = dict[str, int]
print(a.__origin__, a.__args__, a.__parameters__, type(a).__name__, type(a).__module__, type(a))
print(a(x=1), list[int]('ab'), type(list[int]()).__name__, a.fromkeys('ab', 0), list[int].append)
print(list[int] == list[int], list[int] != list[str], list[int] == list, hash(tuple[int]) == hash(tuple[int]))
print(len({list[int], list[int], list[str]}), list[list[int]].__args__[0].__args__)


class Stack(list[int]):
    def push(self, x):
        self.append(x)
        return self


s = Stack().push(1).push(2)
print(s, Stack.__bases__, Stack.__orig_bases__, [c.__name__ for c in Stack.__mro__], isinstance(s, list))


class Registry(dict[str, type]):
    pass


print(Registry[int], Registry.__orig_bases__, Registry(a=int))
for check in (lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]),
              lambda: Item[int], lambda: int[str], lambda: list[int] + 1):
    try:
        print(check())
    except TypeError as e:
        print('TypeError:', e)


class Box:
    def __class_getitem__(cls, item):
        return 'Box of ' + getattr(item, '__name__', repr(item))


def load(paths: list[str], limits: dict[str, tuple[int, int]] = None) -> list[Box[int]]:
    return paths


print(load.__annotations__, load(['a']))
