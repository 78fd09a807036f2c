# Subclasses of list: overriding append/__setitem__/__getitem__ with super() calls, methods that
# bypass overrides (extend does not call append), slicing returning plain lists, extra
# attributes, and comparisons/concatenation with plain lists.
class LoggedList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.log = []

    def append(self, item):
        self.log.append('append ' + repr(item))
        super().append(item)

    def __setitem__(self, index, value):
        self.log.append('set ' + repr(index))
        super().__setitem__(index, value)

    def __getitem__(self, index):
        result = super().__getitem__(index)
        self.log.append('get ' + repr(index))
        return result


l = LoggedList([1, 2])
l.append(3)
l[0] = 10
print(l, l[1], l[-1], l[0:2], type(l[0:2]).__name__)
l.extend([4, 5])
l += [6]
l.insert(0, 0)
print(l, len(l), l.log)
print(type(l + [7]).__name__, l == [0, 10, 2, 3, 4, 5, 6], isinstance(l, list))
print(sorted(l, reverse=True), type(sorted(l)).__name__, list(reversed(l))[0])
print(type(l * 2).__name__, type(l.copy()).__name__)


class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        if not self:
            raise IndexError('peek at empty stack')
        return self[-1]

    def pop(self):
        if not self:
            raise IndexError('pop from empty ' + type(self).__name__)
        return super().pop()


s = Stack()
s.push(1).push(2).push(3)
print(s, s.peek(), s.pop(), s.pop(), len(s), bool(s))
s.pop()
for fn in [s.pop, s.peek]:
    try:
        fn()
    except IndexError as e:
        print('IndexError:', e)


class SortedList(list):
    def __init__(self, items=()):
        super().__init__(sorted(items))

    def add(self, x):
        lo = 0
        hi = len(self)
        while lo < hi:
            mid = (lo + hi) // 2
            if self[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        self.insert(lo, x)

    def __contains__(self, x):
        lo = 0
        hi = len(self)
        while lo < hi:
            mid = (lo + hi) // 2
            if self[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        return lo < len(self) and self[lo] == x


sl = SortedList([5, 1, 4])
for v in [3, 0, 9, 4]:
    sl.add(v)
print(sl, 4 in sl, 2 in sl, sl.index(9), sl.count(4))
sl.reverse()
print(sl, type(sl).__name__)
print([x * 2 for x in sl], sum(sl), max(sl), sl[::2])
