# __setattr__ and __delattr__ intercept every assignment and deletion (including in __init__),
# delegate to object.__setattr__ / super(), implement validation, read-only and change tracking.
class Tracked:
    def __init__(self, a):
        self.changes = []
        self.a = a

    def __setattr__(self, name, value):
        if name != 'changes':
            self.changes.append(('set', name, value))
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self.changes.append(('del', name))
        super().__delattr__(name)


t = Tracked(1)
t.b = 2
t.a += 10
setattr(t, 'c', 3)
del t.b
delattr(t, 'c')
print(t.changes)
print(sorted(vars(t)))
try:
    del t.zzz
except AttributeError as e:
    print('AttributeError:', e)


class Frozen:
    def __init__(self, x, y):
        object.__setattr__(self, 'x', x)
        object.__setattr__(self, 'y', y)

    def __setattr__(self, name, value):
        raise AttributeError('cannot set ' + name + ': ' + type(self).__name__ + ' is frozen')

    def __delattr__(self, name):
        raise AttributeError('cannot delete ' + name)


f = Frozen(1, 2)
print(f.x, f.y)
for action in ['set', 'del', 'setattr']:
    try:
        if action == 'set':
            f.x = 5
        elif action == 'del':
            del f.y
        else:
            setattr(f, 'z', 0)
    except AttributeError as e:
        print('AttributeError:', e)
print(f.x, f.y, hasattr(f, 'z'))


class Validated:
    def __setattr__(self, name, value):
        if name.startswith('n_') and not isinstance(value, int):
            raise TypeError(name + ' must be int')
        if name.startswith('n_') and value < 0:
            value = 0
        super().__setattr__(name, value)


v = Validated()
v.n_items = 5
v.n_neg = -3
v.label = 'free'
print(v.n_items, v.n_neg, v.label)
try:
    v.n_bad = 'x'
except TypeError as e:
    print('TypeError:', e)


# __setattr__ also intercepts descriptor assignments; object.__setattr__ then runs the property.
class WithProp:
    def __init__(self):
        self.log = []

    @property
    def p(self):
        return self._p

    @p.setter
    def p(self, v):
        self.log.append('property setter ' + str(v))
        object.__setattr__(self, '_p', v)

    def __setattr__(self, name, value):
        if name != 'log':
            self.log.append('__setattr__ ' + name)
        object.__setattr__(self, name, value)


w = WithProp()
w.p = 9
print(w.p, w.log)


# Augmented assignment calls __getattribute__ then __setattr__.
class Aug:
    def __init__(self):
        object.__setattr__(self, 'n', 0)

    def __setattr__(self, name, value):
        print('  set', name, value)
        object.__setattr__(self, name, value)


a = Aug()
a.n += 5
a.n *= 3
print(a.n)
