# Iteration protocols: reversed() of dicts/views after mutation, zip(strict) with failing
# iterators, map/filter/enumerate corners, __getitem__ sequences, __reversed__ errors.
def t(l, f):
  try: print(l, repr(f()))
  except Exception as e: print(l, type(e).__name__, e)
d = {1: 2, 3: 4}
r = reversed(d)
d[5] = 6
t(1, lambda: list(r))
r2 = reversed(d.values()); del d[1]
t(2, lambda: list(r2))
t(3, lambda: list(zip([1, 2], iter([1]), strict=True)))
def gen():
    yield 1
    raise ValueError('boom')
t(4, lambda: list(zip(gen(), [1, 2, 3])))
t(5, lambda: list(zip([1, 2, 3], gen())))
t(6, lambda: list(map(int, ['1', 'x'])))
class B(int): pass
t(7, lambda: list(filter(B, [0, 1, 2])))
t(8, lambda: list(enumerate([], -5)))
t(9, lambda: next(enumerate('ab', 2**62)))
t(10, lambda: list(iter(iter([1, 2]).__next__, 2)))
class G:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i * i
t(11, lambda: list(G()))
t(12, lambda: list(reversed(G())))
class H:
    def __len__(self): return 2
    def __getitem__(self, i): return 'x' + str(i)
t(13, lambda: list(reversed(H())))
t(14, lambda: 5 in G())
t(15, lambda: (sorted(G()), min(G()), max(G()), sum(G())))
it = iter([1, 2, 3])
t(16, lambda: (next(it), list(it), list(it)))
e = enumerate('abc')
t(17, lambda: (next(e), list(e)))
t(18, lambda: iter(5))
t(19, lambda: list(zip('ab', 'cd', 'ef', strict=True)))
z = zip([1, 2], [3])
t(20, lambda: (next(z), list(z)))
t(21, lambda: list(map(lambda x, y: x + y, [1, 2, 3], (10, 20))))
t(22, lambda: map(len))
t(23, lambda: list(filter(lambda x: x, [])))
class R:
    def __reversed__(self): return 'notiter'
t(24, lambda: reversed(R()))
t(25, lambda: list(reversed(range(-5, 5, 3))))
t(26, lambda: list(reversed(range(2**62, 2**62 + 3))))
t(30, lambda: list(zip(*[iter('abcdef')] * 2)))
t(31, lambda: [type(x).__name__ for x in [iter(range(3)), reversed(range(3)), iter([]), reversed([]), iter(()), iter('')]])
