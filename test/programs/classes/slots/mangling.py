# __slots__ names are checked and mangled like the class body's private names: '__x' becomes
# '_Cls__x' (so self.__x in methods finds it), dunders and classes named only with underscores
# keep the name; members are made in sorted order; names must be identifiers; a slot may not
# shadow a class variable (after mangling); and the class namespace lists __dict__ and
# __weakref__ where CPython makes them, before __doc__ and __hash__.
class Account:
    __slots__ = ('__balance', 'owner', '__dict__')

    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance

    def balance(self):
        return self.__balance


a = Account('ann', 10)
print(a.balance(), a._Account__balance, sorted(k for k in vars(Account) if 'balance' in k or k == 'owner'))
try:
    a.__balance
except AttributeError as e:
    print('AttributeError:', e)
a.note = 'dict slot'
print(vars(a))


class _:
    __slots__ = ('__kept',)


class __Private:
    __slots__ = ('__p', '__dunder__', 'plain')


print([k for k in vars(_) if 'kept' in k], [k for k in vars(__Private) if not k.startswith('__m')])


class Order:
    __slots__ = ('zeta', 'alpha', 'mid')


print([k for k in vars(Order)])
for slots in (('ok', '1bad'), ('with space',), ('a-b',), (3,), ('x', '__dict__', '__dict__')):
    try:
        type('T', (), {'__slots__': slots})
        print(slots, 'accepted')
    except (TypeError, ValueError) as e:
        print(slots, type(e).__name__ + ':', e)
try:
    class Clash:
        __limit = 5
        __slots__ = ('__limit',)
except ValueError as e:
    print('ValueError:', e)


class Plain:
    pass


class WithEq:
    def __eq__(self, other):
        return True


class WeakOnly:
    __slots__ = ('__weakref__',)


class IntSub(int):
    pass


for cls in (Plain, WithEq, WeakOnly, IntSub, Order):
    print(cls.__name__, list(vars(cls)))
p = Plain()
print(p.__weakref__, '__weakref__' in dir(p), '__weakref__' in dir(IntSub(1)))
try:
    p.__weakref__ = 1
except AttributeError as e:
    print('AttributeError:', e)
