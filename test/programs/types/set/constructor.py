# set() and set(iterable) for every kind of iterable; argument errors.
print(set(), set([]), set(()), set(''), set({}))
print(set([3, 1, 2, 3]), set((1, 2)), set('banana'), set(range(5)))
print(set({'a': 1, 'b': 2}), set({'a': 1}.values()), set({'a': 1}.items()))
print(set({3: 'c', 1: 'a', 2: 'b'}.keys()))
print(set({1, 2}), set(frozenset([4, 5])))
print(set(map(abs, [-1, 1, -2])), set(zip('ab', 'cd')), set(enumerate('xy')))
print(set(reversed([1, 2, 3])), set(filter(None, [0, 1, 2, '', 'a'])))
print(set(iter([7, 8])))
s = {1, 2}
t = set(s)
print(t is s, t == s)
t.add(3)
print(s, t)
def t1(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
t1(lambda: set(1))
t1(lambda: set(1, 2))
t1(lambda: set([1], [2]))
t1(lambda: set(iterable=[1]))
t1(lambda: set(None))
t1(lambda: set([[1], [2]]))
t1(lambda: set([{}]))
t1(lambda: set(3.5))
