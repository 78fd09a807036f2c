# functools.singledispatch: dispatch on the first argument's class through its MRO,
# registration by argument, by decorator and by annotation, dispatch() and registry.
from functools import singledispatch


@singledispatch
def describe(obj):
    return 'object %r' % (obj,)


@describe.register
def _(obj: int):
    return 'int %d' % obj


@describe.register(list)
def _(obj):
    return 'list of %d' % len(obj)


@describe.register(float)
@describe.register(str)
def _(obj):
    return 'scalar %r' % (obj,)


def describe_dict(obj):
    return 'dict with keys %s' % sorted(obj)


describe.register(dict, describe_dict)


class Animal:
    pass


class Dog(Animal):
    pass


@describe.register
def _(obj: Animal):
    return 'animal ' + type(obj).__name__


print(describe(None))
print(describe(3), describe(True))        # bool goes to int's implementation
print(describe([1, 2, 3]), describe(2.5), describe('s'))
print(describe({'b': 1, 'a': 2}))
print(describe(Dog()), describe(Animal()))
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(dict) is describe_dict)
print(describe.dispatch(tuple) is describe.registry[object])
print(sorted(cls.__name__ for cls in describe.registry))
print(describe.__name__)

try:
    describe()
except TypeError as e:
    print('TypeError', e)

try:
    @describe.register
    def _(obj: 42):
        return 'never'
except TypeError as e:
    print('TypeError', e)


# a later, more specific registration wins
@describe.register
def _(obj: Dog):
    return 'good dog'


print(describe(Dog()), describe(Animal()))
