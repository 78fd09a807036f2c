# UserDict, UserList and UserString wrap a dict, list or str in .data: subclasses override a
# few methods and inherit the rest, including __missing__ for UserDict.
from collections import UserDict, UserList, UserString
import collections.abc


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return key.lower() in self.data


d = LowerDict({'Alpha': 1}, Beta=2)
d['GAMMA'] = 3
print(d, d['ALPHA'], 'beta' in d, 'BETA' in d, len(d), sorted(d), d.get('delta', 0))
print(d.data, d.pop('gamma'), d.setdefault('Eps', 5), d)
print(isinstance(d, collections.abc.MutableMapping), isinstance(d, dict), d == {'alpha': 1, 'beta': 2, 'eps': 5})
c = d.copy()
c['x'] = 1
print(type(c).__name__, c, d)
print(UserDict(a=1) | {'b': 2}, {'z': 0} | UserDict(a=1), UserDict.fromkeys('ab', 0))


class Defaulting(UserDict):
    def __missing__(self, key):
        return 'missing ' + key


print(Defaulting(a=1)['a'], Defaulting()['zz'], 'zz' in Defaulting())
try:
    UserDict()['nope']
except KeyError as e:
    print('KeyError', e)


class Stack(UserList):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3)
print(s, s.peek(), s.pop(), s, len(s), s[0], s[:1], type(s[:1]).__name__)
print(s + [9], [0] + s, s * 2, s == [1, 2], s < [1, 3], 2 in s, s.index(2), s.count(1))
s.extend(Stack([5, 4]))
s.sort()
s.reverse()
s.insert(0, 7)
s.remove(4)
print(s, list(reversed(s)), s.copy(), type(s.copy()).__name__)
s += (8,)
s *= 2
print(s, isinstance(s, collections.abc.MutableSequence))


class Shout(UserString):
    def shout(self):
        return self.upper() + '!'


t = Shout('hello world')
print(t, repr(t), t.shout(), type(t.shout()).__name__, t.title(), t.split(), t.count('o'))
print(t + ' again', t * 2, t[1:4], type(t[1:4]).__name__, 'ell' in t, len(t), t == 'hello world')
print(t.replace('l', 'L', 2), t.find('o'), t.startswith('he'), t.center(15, '*'), t.zfill(13))
print(sorted([Shout('b'), Shout('a')]), hash(t) == hash('hello world'), int(UserString('42')) + 1)
