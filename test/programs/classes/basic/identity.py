# Identity and default equality of instances without id(): `is`, ==, != fall back to identity,
# instances as dict keys (default hash by identity), classes as values in containers.
class Node:
    def __init__(self, value):
        self.value = value


a = Node(1)
b = Node(1)
c = a
print(a is b, a is c, a == b, a == c, a != b, a != c)

# Default equality is identity: list membership and index use it.
nodes = [a, b]
print(a in nodes, Node(1) in nodes, nodes.index(b), nodes.count(a))

# Default hash makes instances usable as dict keys, each distinct.
table = {a: 'first', b: 'second'}
print(table[a], table[b], len(table), c in table, Node(1) in table)
table[c] = 'replaced'
print(table[a], len(table))

# hash() of an instance is stable for that object (compared, never printed).
print(hash(a) == hash(a), hash(a) == hash(c))

# Classes are hashable, comparable by identity, and usable as keys.
registry = {Node: 'node class', int: 'int class'}
print(registry[Node], registry[type(a)], registry[type(5)])
print(Node == Node, Node is type(b), Node != int)

# Object comparisons other than == raise TypeError by default.
try:
    a < b
except TypeError as e:
    print('TypeError:', e)
try:
    a <= 3
except TypeError as e:
    print('TypeError:', e)

# Sorting with a key works even though instances are not orderable.
items = [Node(3), Node(1), Node(2)]
items.sort(key=lambda n: n.value)
print([n.value for n in items])
print([n.value for n in sorted(items, key=lambda n: -n.value)])

# `is` chains and None checks.
x = None
print(x is None, a is not None, a is c is c)

# Copying a reference shares state; a new instance does not.
c.value = 99
print(a.value, b.value)

# Instances in a tuple compare element-wise with identity for each element.
t1 = (a, b)
t2 = (c, b)
t3 = (b, a)
print(t1 == t2, t1 == t3)

# max with key over instances.
best = max([Node(4), Node(9), Node(2)], key=lambda n: n.value)
print(type(best).__name__, best.value)
