# mappingproxy: what C.__dict__, vars(C) and dict views' .mapping return. Every read goes to the
# mapping, | unwraps proxies, and nothing writes through it (item assignment, deletion, |=).
class C: x = 1
m = C.__dict__
MP = type(m)
p = MP({'a': 1, 'b': 2})
def t(l, f):
  try: print(l, repr(f()))
  except Exception as e: print(l, type(e).__name__, e)
t(1, lambda: p)
t(2, lambda: str(p))
t(3, lambda: hash(p))
t(4, lambda: p['a'])
t(5, lambda: p['z'])
t(6, lambda: p.get('z', 5))
t(7, lambda: (list(p), list(p.keys()), list(p.values()), list(p.items()), p.copy(), type(p.copy())))
t(8, lambda: p | {'c': 3})
t(9, lambda: {'c': 3} | p)
t(10, lambda: p == {'a': 1, 'b': 2})
t(11, lambda: len(p))
t(12, lambda: list(reversed(p)))
t(13, lambda: p.__setitem__('a', 2))
def f():
  p['a'] = 3
t(14, f)
def g():
  del p['a']
t(15, g)
def h():
  global p
  p |= {}
t(16, h)
t(17, lambda: MP([]))
t(18, lambda: MP(5))
t(19, lambda: MP())
t(20, lambda: type(m).__name__)
t(21, lambda: ('x' in m, m['x']))
t(22, lambda: p < p)
t(23, lambda: p.keys())
t(24, lambda: {}.keys().mapping)
t(25, lambda: {'a':1}.items().mapping['a'])
t(26, lambda: p.items() == {('a',1),('b',2)})
t(27, lambda: sorted(dir(p))[-8:])
t(28, lambda: bool(MP({})))
t(29, lambda: MP(MP({'q':1})))
t(30, lambda: MP(C.__dict__) == C.__dict__)
t(31, lambda: p.setdefault)
t(32, lambda: C.__dict__['x'])
def mut(): C.__dict__['y'] = 2
t(33, mut)
t(34, lambda: sorted(vars(C)))
t(35, lambda: type(vars(C)).__name__)
t(36, lambda: p.get())
t(37, lambda: p.keys(1))
t(38, lambda: MP('abc')['x'] if False else repr(MP('abc')))
d = {'k': 1}
v = d.values()
t(39, lambda: (v.mapping, v.mapping is v.mapping, v.mapping == d))
d['k2'] = 2
t(40, lambda: v.mapping)
