# AttributeError messages for instances and classes, caught and printed: missing instance
# attributes, missing class attributes ("type object 'X' has no attribute"), attributes deleted,
# the .name and .obj attributes of the exception, and nested attribute chains.
class Account:
    kind = 'checking'

    def __init__(self, owner):
        self.owner = owner

    def balance(self):
        return self.amount


acct = Account('ann')


def show(fn):
    try:
        fn()
    except AttributeError as e:
        print('AttributeError:', e)
        print('   name =', repr(e.name), ' obj is', type(e.obj).__name__ if not isinstance(e.obj, type) else 'class ' + e.obj.__name__)


show(lambda: acct.ownr)
show(lambda: acct.amount)
show(lambda: acct.balance())
show(lambda: Account.owner)
show(lambda: Account.nothing)
show(lambda: acct.owner.nope)
show(lambda: Account.kind.upper().nope)
show(lambda: acct.balance.nope)
show(lambda: type(acct).__mro__.nope)

del acct.owner
show(lambda: acct.owner)


# Deleting attributes that do not exist.
def delete_missing():
    del acct.missing


def delete_class_attr_via_instance():
    del acct.kind


def delete_missing_class_attr():
    del Account.missing


show(delete_missing)
show(delete_class_attr_via_instance)
show(delete_missing_class_attr)
print(Account.kind)


# None and builtins in attribute chains.
class Node:
    def __init__(self, nxt=None):
        self.next = nxt


n = Node(Node())
show(lambda: n.next.next.next)
show(lambda: n.value)

# getattr with a default suppresses exactly AttributeError.
print(getattr(acct, 'missing', 'default'), getattr(Account, 'missing', None))

# A subclass name appears in the message, not the base.
class Savings(Account):
    pass


show(lambda: Savings('bob').missing)
show(lambda: Savings.missing)

# Module-level functions as objects.
def fn():
    pass


show(lambda: fn.missing)
