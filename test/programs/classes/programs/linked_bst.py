# Container classes: a singly linked list and a binary search tree, each with __len__,
# __contains__, __iter__ (returning iterator objects, no generators), __getitem__ or min/max
# helpers, __repr__, __eq__, and in-order traversal; plus reversal and deletion.
class _Node:
    __slots__ = ('value', 'next')

    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt


class _ListIter:
    def __init__(self, node):
        self.node = node

    def __iter__(self):
        return self

    def __next__(self):
        if self.node is None:
            raise StopIteration
        v = self.node.value
        self.node = self.node.next
        return v


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push_front(x)

    def push_front(self, v):
        self.head = _Node(v, self.head)
        self.size += 1

    def __len__(self):
        return self.size

    def __iter__(self):
        return _ListIter(self.head)

    def __contains__(self, v):
        for x in self:
            if x == v:
                return True
        return False

    def __getitem__(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError('LinkedList index out of range')
        node = self.head
        for _ in range(i):
            node = node.next
        return node.value

    def reverse(self):
        prev = None
        node = self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def remove(self, v):
        prev = None
        node = self.head
        while node:
            if node.value == v:
                if prev is None:
                    self.head = node.next
                else:
                    prev.next = node.next
                self.size -= 1
                return
            prev, node = node, node.next
        raise ValueError(repr(v) + ' not in list')

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __repr__(self):
        return 'LinkedList([' + ' -> '.join([repr(x) for x in self]) + '])'


class BST:
    class Node:
        def __init__(self, key):
            self.key = key
            self.left = None
            self.right = None

    def __init__(self, keys=()):
        self.root = None
        self.count = 0
        for k in keys:
            self.add(k)

    def add(self, key):
        if self.root is None:
            self.root = BST.Node(key)
            self.count += 1
            return True
        node = self.root
        while True:
            if key == node.key:
                return False
            side = 'left' if key < node.key else 'right'
            child = getattr(node, side)
            if child is None:
                setattr(node, side, BST.Node(key))
                self.count += 1
                return True
            node = child

    def __len__(self):
        return self.count

    def __contains__(self, key):
        node = self.root
        while node is not None:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def __iter__(self):
        out = []
        stack = []
        node = self.root
        while stack or node is not None:
            while node is not None:
                stack.append(node)
                node = node.left
            node = stack.pop()
            out.append(node.key)
            node = node.right
        return iter(out)

    def height(self, node=None, top=True):
        if top:
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left, False), self.height(node.right, False))

    def __repr__(self):
        return 'BST(' + repr(list(self)) + ')'


ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), 4 in ll, 9 in ll, ll[0], ll[-1], list(ll))
ll.push_front(0)
ll.reverse()
print(ll, ll[1])
ll.remove(1)
ll.remove(0)
print(ll, len(ll), ll == LinkedList([5, 4, 1, 3]), ll == [5, 4, 3, 1])
for bad in [lambda: ll[10], lambda: ll.remove(42)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(sum(ll), max(ll), sorted(ll), [x * 2 for x in ll], bool(LinkedList()), bool(ll))

tree = BST([50, 30, 70, 20, 40, 60, 80, 35, 45, 65])
print(tree, len(tree), tree.height())
print(35 in tree, 36 in tree, tree.add(35), tree.add(36), len(tree))
print(list(tree)[:4], min(tree), max(tree), sum(tree))
print(tree.root.key, tree.root.left.key, tree.root.right.left.right.key, type(tree.root).__qualname__)
skewed = BST(range(10))
print(len(skewed), skewed.height(), list(skewed) == list(range(10)))
words = BST('the quick brown fox jumps over the lazy dog'.split())
print(list(words), len(words), 'fox' in words)
