# hash() of a float nan is by identity (CPython 3.10+): one nan object always hashes the same,
# two nan objects almost never do, so each distinct nan is its own set member and dict key,
# while the same nan object is found again (containers test identity before ==).
import math

a = float('nan')
b = float('nan')
print(hash(a) == hash(a), hash(a) == hash(b), a == a, a is a)
print(len({a, b}), len({a, a}), len({a, b, a, b}), a in {a}, b in {a})
print(hash(math.inf), hash(-math.inf), hash(0.0) == hash(-0.0) == hash(0), hash(1.5) == hash(1.5))
print(hash(math.nan) == hash(math.nan), math.nan in {math.nan}, float('nan') in {math.nan})

d = {}
for i in range(6):
    d[float('nan')] = i
print(len(d), sorted(d.values()))
d[a] = 'first'
d[a] = 'second'
print(len(d), d[a], d.get(b, 'absent'))

many = {float('nan') for _ in range(50)}
print(len(many), all(x != x for x in many))
same = [a] * 5
print(len(set(same)), same.count(a), same.index(a), a in same, b in same)

# nan computed by arithmetic: every result is a new object
x = math.inf - math.inf
y = x * 1.0
print(x is y, len({x, y}), len({x, x}), hash(x) == hash(x))
print(len({-a, a}), hash((a, 1)) == hash((a, 1)), (a, 1) == (a, 1), len({(a, 1), (a, 1)}))
print(len({(float('nan'),), (float('nan'),)}), len(frozenset([a, b, a])))
