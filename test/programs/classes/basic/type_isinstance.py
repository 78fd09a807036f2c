# type(obj), isinstance and issubclass with classes, subclasses, tuples of classes (nested
# tuples too), builtin types, and object at the root of everything.
class Animal:
    pass


class Dog(Animal):
    pass


class Cat(Animal):
    pass


class Puppy(Dog):
    pass


class Rock:
    pass


d = Dog()
p = Puppy()
c = Cat()
r = Rock()

print(type(d) is Dog, type(p) is Dog, type(p) is Puppy, type(d) == Dog)
print(type(d).__name__, type(p).__name__, type(Dog).__name__)

print(isinstance(d, Dog), isinstance(d, Animal), isinstance(d, object))
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat))
print(isinstance(r, Animal), isinstance(r, object))
print(isinstance(c, (Dog, Cat)), isinstance(r, (Dog, Cat)), isinstance(r, (Dog, (Cat, Rock))))
print(isinstance(d, ()), isinstance(5, (str, (list, int))))

print(issubclass(Dog, Animal), issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(issubclass(Dog, Dog), issubclass(Rock, object), issubclass(Cat, (Dog, Rock)))
print(issubclass(Puppy, (Cat, (Rock, Dog))), issubclass(bool, int), issubclass(int, bool))

# Classes are instances of type; type is an instance of itself.
print(isinstance(Dog, type), isinstance(d, type), isinstance(type, type), isinstance(type, object))
print(issubclass(type, object), isinstance(object, type))

# Builtins and user classes mixed.
values = [1, 'a', 2.5, [1], (1,), {'k': 1}, None, True, d, p, c, r, Dog]
for v in values:
    kinds = []
    for k in (int, str, float, list, tuple, dict, bool, Animal, Dog, type, object):
        if isinstance(v, k):
            kinds.append(k.__name__)
    print(type(v).__name__, kinds)

# Errors: second argument must be a class or tuple of classes.
try:
    isinstance(d, d)
except TypeError as e:
    print('TypeError:', e)
try:
    issubclass(d, Animal)
except TypeError as e:
    print('TypeError:', e)
try:
    issubclass(Dog, 'Animal')
except TypeError as e:
    print('TypeError:', e)

# __bases__ and __base__.
print([b.__name__ for b in Puppy.__bases__], Puppy.__base__.__name__, Animal.__base__.__name__)
print(object.__bases__, object.__base__)
