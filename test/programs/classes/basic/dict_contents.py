# __dict__ of instances and classes: what assignments put there, vars(), instance dict
# updates being visible as attributes, class __dict__ holding methods and class attributes.
class Item:
    kind = 'generic'
    limit = 10

    def __init__(self, name, qty):
        self.name = name
        self.qty = qty

    def total(self):
        return self.qty * 2


it = Item('bolt', 3)
print(it.__dict__)
print(vars(it))
print(vars(it) is it.__dict__)

it.colour = 'red'
print(it.__dict__)
del it.qty
print(it.__dict__)

# Writing into __dict__ creates attributes.
it.__dict__['qty'] = 8
it.__dict__['weight'] = 1.5
print(it.qty, it.weight, it.total())
print(sorted(it.__dict__))

# Class attributes are not in the instance dict.
print('kind' in it.__dict__, it.kind)
it.kind = 'special'
print(it.__dict__['kind'], Item.kind)

# The class __dict__ holds the class body's names (plus some bookkeeping entries).
own = [k for k in Item.__dict__ if not k.startswith('__')]
print(own)
print('__init__' in Item.__dict__, '__module__' in Item.__dict__)
print(Item.__dict__['kind'], Item.__dict__['limit'])
print(type(Item.__dict__['total']).__name__)
print(Item.__dict__['total'](it))

# Instance dicts are independent per instance.
a = Item('a', 1)
b = Item('b', 2)
a.__dict__['shared'] = 'no'
print(hasattr(a, 'shared'), hasattr(b, 'shared'))
print(len(a.__dict__), len(b.__dict__))

# A fresh instance of a class without __init__ has an empty dict.
class Bare:
    x = 1

bare = Bare()
print(bare.__dict__, vars(bare), bare.x)
bare.y = 2
print(bare.__dict__)

# Replacing __dict__ with another dict.
bare.__dict__ = {'p': 1, 'q': 2}
print(bare.p, bare.q, hasattr(bare, 'y'), bare.x)

# Inherited class attributes live in the base's __dict__, not the subclass's.
class Sub(Item):
    extra = True

print('kind' in Sub.__dict__, 'kind' in Item.__dict__, 'extra' in Sub.__dict__, Sub.kind)
