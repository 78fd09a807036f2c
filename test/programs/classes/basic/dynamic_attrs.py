# getattr/setattr/hasattr/delattr with computed names on instances and classes, attributes with
# names that are not identifiers, and methods added to the class after instances exist.
class Record:
    pass


r = Record()
for i, name in enumerate(['alpha', 'beta', 'gamma']):
    setattr(r, name, i * 10)
print(r.alpha, r.beta, r.gamma)
print([getattr(r, n) for n in ['gamma', 'alpha']])
print(sorted(vars(r).items()))

# Names that are not identifiers are allowed through setattr.
setattr(r, 'with space', 1)
setattr(r, '123', 2)
print(getattr(r, 'with space'), getattr(r, '123'), len(vars(r)))
delattr(r, 'with space')
print(hasattr(r, 'with space'), hasattr(r, '123'))

# Adding a method to the class after creating instances: existing instances see it.
def shout(self, word):
    return word.upper() + '!' * (self.beta // 10 + 1)


Record.shout = shout
print(r.shout('hi'))

# Adding a function to an instance does not bind it.
def plain(x):
    return x * 2


r.plain = plain
print(r.plain(21))

# Deleting a class attribute removes it for all instances.
Record.shared = 'yes'
r2 = Record()
print(r.shared, r2.shared)
del Record.shared
print(hasattr(r, 'shared'), hasattr(r2, 'shared'))

# Errors from the builtins.
try:
    delattr(r, 'nope')
except AttributeError as e:
    print('AttributeError:', e)
try:
    getattr(r, 'nope')
except AttributeError as e:
    print('AttributeError:', e)
try:
    getattr(r, 5)
except TypeError as e:
    print('TypeError:', e)
try:
    setattr(r, None, 1)
except TypeError as e:
    print('TypeError:', e)

# hasattr on classes and on builtin instances.
print(hasattr(Record, 'shout'), hasattr(Record, 'alpha'), hasattr(5, 'real'), hasattr('s', 'nope'))

# Attribute on builtin instances cannot be set.
try:
    setattr(5, 'x', 1)
except AttributeError as e:
    print('AttributeError:', e)
try:
    [].foo = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    object().foo = 1
except AttributeError as e:
    print('AttributeError:', e)

# Counting attribute writes in a loop.
acc = Record()
acc.total = 0
for k in range(1, 11):
    acc.total += k
    setattr(acc, 'last', k)
print(acc.total, acc.last)
