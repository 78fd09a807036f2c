# type.__subclasses__(): the direct subclasses, in creation order; a class with several bases
# is listed by each; it is a method of type, so a class reaches it through its metaclass (and a
# metaclass itself needs type.__subclasses__(meta)). A dropped class leaves the list only when
# the cycle collector frees it (a class is in a cycle with its own __mro__), so this program
# keeps every class alive.
class Animal:
    pass


class Dog(Animal):
    pass


class Cat(Animal):
    pass


class Puppy(Dog):
    pass


class Pet:
    pass


class HouseCat(Cat, Pet):
    pass


def names(classes):
    return [c.__name__ for c in classes]


print(names(Animal.__subclasses__()), names(Dog.__subclasses__()), names(Puppy.__subclasses__()))
print(names(Cat.__subclasses__()), names(Pet.__subclasses__()), type(Animal.__subclasses__()).__name__)


def all_subclasses(cls):
    out = []
    for sub in cls.__subclasses__():
        out.append(sub.__name__)
        out.extend(all_subclasses(sub))
    return out


print(all_subclasses(Animal))


# Classes made later come last, whichever way they are made.
def make(i):
    return type('Gen' + str(i), (Animal,), {'n': i})


made = [make(i) for i in range(3)]
print(names(Animal.__subclasses__()), [c.n for c in Animal.__subclasses__()[2:]])


# The list is a fresh list every time.
a = Animal.__subclasses__()
a.append('junk')
print(len(Animal.__subclasses__()), Animal.__subclasses__() == Animal.__subclasses__())


# Subclasses of a metaclass are classes too.
class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


class SubMeta(Meta):
    pass


print(names(type.__subclasses__(Meta)), names(WithMeta.__subclasses__()))
try:
    Meta.__subclasses__()
except TypeError as e:
    print('TypeError:', e)
try:
    type.__subclasses__()
except TypeError as e:
    print('TypeError:', e)
try:
    Animal.__subclasses__(1)
except TypeError as e:
    print('TypeError:', e)
