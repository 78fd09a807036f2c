# repr() of each basic type, including containers holding strs.
print(repr(1), repr(-1), repr(1.0), repr(True), repr(None))
print(repr('a'), repr('a\nb'))
print(repr([1, 'a', [None]]))
print(repr((1,)), repr(()), repr((1, 'x')))
print(repr({'k': 'v', 1: [2]}))
print(repr(float('inf')), repr(float('nan')))
