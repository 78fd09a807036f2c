# hash() of every hashable builtin kind against CPython: ints (-1 maps to -2, the 2**61-1
# modulus), floats equal to ints and the fractional ones, inf, bool, None-free tuples, nested
# tuples, frozensets, ranges and the unhashable types' messages.

ints = [0, 1, -1, -2, 2, 2 ** 31, -(2 ** 31), 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, -(2 ** 62),
        9223372036854775807, -9223372036854775807, 10 ** 18, 123456789]
print([hash(i) for i in ints])
floats = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 0.1, 1e-300, 1e300, 2.0 ** 61, 2.0 ** 62, 1e18,
          float('inf'), float('-inf'), 123456.789, 5e-324, 3.0, -2.0]
print([hash(f) for f in floats])
print(all(hash(float(i)) == hash(i) for i in range(-1000, 1000)))
print(all(hash(i + 0.0) == hash(i) for i in [2 ** 40, 2 ** 53, -(2 ** 52), 10 ** 15]))
print([hash(b) for b in (True, False)], hash(True) == hash(1), hash(1) == hash(1.0))
tuples = [(), (0,), (1, 2), (1, (2, 3)), ((),), (-1,), (1.5, 2), (True, False), ((1, 2), (3, 4)), (0,) * 10]
print([hash(t) for t in tuples])
print(hash((1, 2)) == hash((1.0, 2.0)), hash((1,)) != hash((1, 1)))
fs = [frozenset(), frozenset([0]), frozenset([1, 2, 3]), frozenset([(1, 2)]), frozenset(range(50))]
print([hash(f) for f in fs], hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(range(0)) == hash(range(5, 5)), hash(range(1, 10, 2)) == hash(range(1, 11, 2)), hash(range(3)))
print(hash(b'') == hash(''), hash(()) == hash(()), hash(None) == hash(None), hash(...) == hash(Ellipsis))
for v in [[], {}, set(), bytearray(), slice(1), {}.keys(), [()]]:
    try:
        hash(v)
    except TypeError as e:
        print('TypeError', e)
for v in [(1, []), frozenset([1]) | {2}, ({},)]:
    try:
        print(hash(v) is not None)
    except TypeError as e:
        print('TypeError', e)

class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
for h in [0, -1, -2, 9223372036854775807, True]:
    print(hash(H(h)))
for bad in [1.5, 'x', None]:
    try:
        hash(H(bad))
    except TypeError as e:
        print('TypeError', e)
