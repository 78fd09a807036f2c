# __init__ chains with super(): each level sets its own attributes, passes keyword arguments up,
# and the order of the prints shows the MRO walk; forgetting super() skips the base __init__.
class Vehicle:
    def __init__(self, wheels, **extra):
        print('Vehicle.__init__', wheels, sorted(extra))
        self.wheels = wheels
        self.extra = extra


class Car(Vehicle):
    def __init__(self, brand, **kw):
        print('Car.__init__ start', brand)
        super().__init__(4, **kw)
        self.brand = brand
        print('Car.__init__ end')


class ElectricCar(Car):
    def __init__(self, brand, battery, **kw):
        print('ElectricCar.__init__ start', battery)
        super().__init__(brand, **kw)
        self.battery = battery
        print('ElectricCar.__init__ end')


e = ElectricCar('volt', 60, colour='red', seats=5)
print(e.wheels, e.brand, e.battery, e.extra)
print(sorted(vars(e)))


# A subclass that forgets to call super().__init__ lacks the base attributes.
class Forgetful(Vehicle):
    def __init__(self):
        self.name = 'forgetful'


f = Forgetful()
print(f.name, hasattr(f, 'wheels'))
try:
    print(f.wheels)
except AttributeError as e:
    print('AttributeError:', e)


# Inherited __init__ is used when the subclass defines none.
class Bike(Vehicle):
    pass


b = Bike(2, bell=True)
print(b.wheels, b.extra)


# Diamond __init__ with super: each runs exactly once, in MRO order.
class Root:
    def __init__(self):
        print('Root')
        self.order = ['Root']


class Left(Root):
    def __init__(self):
        print('Left before')
        super().__init__()
        self.order.append('Left')


class Right(Root):
    def __init__(self):
        print('Right before')
        super().__init__()
        self.order.append('Right')


class Join(Left, Right):
    def __init__(self):
        print('Join before')
        super().__init__()
        self.order.append('Join')


j = Join()
print(j.order)


# Explicit base calls in a diamond run the root twice.
class LeftX(Root):
    def __init__(self):
        Root.__init__(self)
        self.order.append('LeftX')


class RightX(Root):
    def __init__(self):
        Root.__init__(self)
        self.order.append('RightX')


class JoinX(LeftX, RightX):
    def __init__(self):
        LeftX.__init__(self)
        RightX.__init__(self)


print(JoinX().order)
