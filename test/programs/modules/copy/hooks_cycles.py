# __copy__ and __deepcopy__ hooks, the memo dict, shared references copied once, cycles, and
# objects copy cannot handle.
import copy


class Resource:
    def __init__(self, name):
        self.name = name

    def __copy__(self):
        print('  __copy__ of', self.name)
        return Resource(self.name + '-copy')

    def __deepcopy__(self, memo):
        print('  __deepcopy__ of', self.name, 'memo has', len(memo), 'entries')
        return Resource(self.name + '-deep')


r = Resource('db')
print(copy.copy(r).name, copy.deepcopy(r).name)
print(copy.deepcopy([r, r])[0].name)

shared = [1, 2]
pair = [shared, shared]
dup = copy.deepcopy(pair)
print(dup, dup[0] is dup[1], dup[0] is shared)

loop = [1]
loop.append(loop)
cl = copy.deepcopy(loop)
print(cl, cl[1] is cl, cl is loop)


class Node:
    def __init__(self, value):
        self.value = value
        self.next = None


a = Node('a')
b = Node('b')
a.next = b
b.next = a
a2 = copy.deepcopy(a)
print(a2.value, a2.next.value, a2.next.next is a2, a2 is a)

d = {'self': None}
d['self'] = d
d2 = copy.deepcopy(d)
print(d2['self'] is d2, d2 is d)

memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(id(x) in memo, memo[id(x)] == [1], memo[id(x)] is y[0])
z = copy.deepcopy(x, memo)
print(z is y[0])


class Reducible:
    def __init__(self, a):
        self.a = a

    def __reduce__(self):
        print('  __reduce__')
        return (Reducible, (self.a * 2,))


print(copy.copy(Reducible(3)).a, copy.deepcopy(Reducible([1])).a)


class WithState:
    def __init__(self):
        self.data = [1]

    def __setstate__(self, state):
        print('  __setstate__', sorted(state))
        self.__dict__.update(state)
        self.restored = True


w = copy.deepcopy(WithState())
print(w.data, w.restored)


def gen():
    yield 1


for bad in (gen(), copy):
    try:
        copy.deepcopy(bad)
    except TypeError as e:
        print('TypeError', e)
print(copy.Error.__name__, copy.error is copy.Error, issubclass(copy.Error, Exception))

# partial objects copy through their __reduce__/__setstate__
import functools
p = functools.partial(max, 1, key=abs)
p.note = 'n'
q = copy.copy(p)
r = copy.deepcopy(p)
print(q(-5), q.note, q.func is max, q.keywords, r(-7), r.args)
