# Class and instance attributes: lookup order, shadowing by instance attributes, class attribute
# mutation seen by every instance, shared mutable class attributes, deleting a shadowing attribute.
class Counter:
    count = 0
    tags = []
    label = 'class-label'

    def __init__(self, name):
        self.name = name


a = Counter('a')
b = Counter('b')
print(a.name, b.name, a.count, b.count, Counter.count)

# Rebinding on the class is seen through every instance that does not shadow it.
Counter.count = 5
print(a.count, b.count, Counter.count)

# Assigning through an instance creates an instance attribute that shadows the class one.
a.count = 100
print(a.count, b.count, Counter.count)
Counter.count = 7
print(a.count, b.count, Counter.count)

# Deleting the instance attribute uncovers the class attribute again.
del a.count
print(a.count, b.count, Counter.count)

# A mutable class attribute is shared: mutating it through one instance is seen by all.
a.tags.append('from-a')
b.tags.append('from-b')
print(Counter.tags, a.tags is b.tags, a.tags is Counter.tags)

# Augmented assignment on an instance reads the class value then stores on the instance.
b.count += 1
print(b.count, Counter.count, 'count' in b.__dict__, 'count' in a.__dict__)

# += on a shared list mutates the class list and also binds an instance attribute.
a.tags += ['plus']
print(Counter.tags, 'tags' in a.__dict__, a.tags is Counter.tags)

# New attributes can be added to instances and to the class at any time.
b.extra = 'only b'
Counter.added_later = 'late'
print(b.extra, a.added_later, b.added_later)
print(hasattr(a, 'extra'), hasattr(b, 'extra'), hasattr(Counter, 'extra'))

# getattr with a default, setattr and delattr work with the same rules.
print(getattr(a, 'missing', 'default'), getattr(a, 'label'))
setattr(a, 'label', 'instance-label')
print(a.label, b.label, Counter.label)
delattr(a, 'label')
print(a.label)

# Class attributes computed from other class attributes in the class body.
class Box:
    width = 3
    height = 4
    area = width * height
    names = [str(n) for n in range(3)]

print(Box.area, Box().area, Box.names)
