# pop() order, pop from an empty set, clear() of small and big sets.
s = {5, 3, 9, 1, 7}
out = []
while s:
    out.append(s.pop())
print(out, s)
try:
    s.pop()
except KeyError as e:
    print('KeyError:', e)
try:
    set().pop()
except KeyError as e:
    print(repr(e))
t = set(range(100))
print(t.pop(), t.pop(), t.pop(), len(t))
t.add(0)
print(t.pop(), len(t))
t.clear()
print(t, len(t), t == set())
t.update(range(3))
print(t)
u = {'x', 'y'}
print(u.clear(), u)
u.clear()
print(u)
big = set(range(1000))
big.clear()
big.add(42)
print(big)
w = {1, 2, 3}
p = w.pop()
w.add(p)
print(w, p)
