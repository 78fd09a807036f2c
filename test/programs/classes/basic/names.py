# __name__, __qualname__ (nested classes, classes defined in functions, methods), __module__,
# __doc__ of classes, methods and instances, and __class__ of instances.
class Outer:
    """Outer docstring."""

    class Inner:
        """Inner docstring."""

        class Deepest:
            pass

        def method(self):
            pass

    def method(self):
        """Method doc."""
        return 1


print(Outer.__name__, Outer.__qualname__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.Deepest.__name__, Outer.Inner.Deepest.__qualname__)
print(Outer.method.__name__, Outer.method.__qualname__)
print(Outer.Inner.method.__qualname__)
print(Outer.__module__, Outer.Inner.__module__)
print(Outer.__doc__)
print(Outer.Inner.__doc__)
print(Outer.Inner.Deepest.__doc__)
print(Outer.method.__doc__)
print(Outer().__doc__)


def factory(tag):
    class Local:
        label = tag

        def who(self):
            return type(self).__qualname__

    return Local


L1 = factory('one')
L2 = factory('two')
print(L1.__name__, L1.__qualname__, L1.__module__)
print(L1 is L2, L1.label, L2.label, L1().who())


def outer_fn():
    def inner_fn():
        class Deep:
            pass
        return Deep
    return inner_fn()


print(outer_fn().__qualname__)

# __class__ of an instance is its class; __class__ of a class is type.
o = Outer()
print(o.__class__ is Outer, o.__class__.__name__, Outer.__class__.__name__)
inn = Outer.Inner()
print(inn.__class__.__qualname__)
print(type(inn).__name__, type(type(inn)).__name__)

# Classes and builtin types have names too.
print(int.__name__, int.__qualname__, int.__module__)
print(type.__name__, object.__name__)

# __name__ and __qualname__ can be reassigned.
class Renamed:
    pass

Renamed.__name__ = 'NewName'
Renamed.__qualname__ = 'Some.NewName'
print(Renamed.__name__, Renamed.__qualname__, type(Renamed()).__name__)

# str() of a class shows the module and qualname.
print(str(Outer), str(Outer.Inner))
print(repr(L1))
print(Renamed)
