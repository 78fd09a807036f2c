# The TypeErrors of item assignment and deletion on objects that do not support them, in CPython
# 3.11's two wordings ("doesn't" for index keys on sequence-like types, "does not" otherwise).
class M: 
    def __getitem__(self, k): return 1
for o, k in [('abc', 0), ('abc', 'x'), ((1,), 0), ((1,), 'x'), (1, 0), (range(3), 0), (frozenset(), 0), (M(), 0), (M(), 'x'), (b'x', 0), ({}.keys(), 0), (type(M.__dict__)({}), 'a'), (type(M.__dict__)({}), 0)]:
    try:
        del o[k]
    except TypeError as e: print(type(o).__name__, repr(k), 'del:', e)
    try:
        o[k] = 1
    except TypeError as e: print(type(o).__name__, repr(k), 'set:', e)
    try:
        o[k]
    except Exception as e: print(type(o).__name__, repr(k), 'get:', type(e).__name__, e)
