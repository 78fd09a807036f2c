# bisect_left/right and insort_left/right: equal items, lo/hi bounds, key=, non-list
# sequences, and the argument errors.
import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in (0, 2, 4, 8, 9):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect(a, 5, lo=1, hi=4))
print(bisect.bisect(a, 2, hi=-1), bisect.bisect(a, 2, 0, -5), bisect.bisect(a, 2, 6))


def grade(score, breakpoints=(60, 70, 80, 90), grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 5)
bisect.insort_right(b, 5.0)
print(b, [type(v).__name__ for v in b])

records = [('alice', 31), ('bob', 25), ('carol', 47)]
records.sort(key=lambda r: r[1])
bisect.insort(records, ('dave', 30), key=lambda r: r[1])
print(records, bisect.bisect_left(records, 47, key=lambda r: r[1]))
print(bisect.bisect_right('abcde', 'c'), bisect.bisect_left(range(0, 100, 10), 35))


class Recorder(list):
    def insert(self, i, x):
        print('  insert at', i, x)
        super().insert(i, x)


r = Recorder([10, 20, 30])
bisect.insort(r, 25)
print(r)

for call in (lambda: bisect.bisect(a, 1, -1), lambda: bisect.bisect(), lambda: bisect.bisect(a),
             lambda: bisect.bisect(a, 1, 'x'), lambda: bisect.insort((1,), 2),
             lambda: bisect.bisect(a, 1, 0, 1, len), lambda: bisect.bisect(a, 1, foo=2),
             lambda: bisect.bisect([1, 'a'], 2), lambda: bisect.bisect(a, 1, 0, 50)):
    try:
        print(call())
    except (ValueError, TypeError, AttributeError, IndexError) as e:
        print(type(e).__name__, e)
