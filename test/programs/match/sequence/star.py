# Star patterns in sequences: anywhere, named or wildcard, bound to a list.
def split(seq):
    match seq:
        case [*init, 0]:
            return ("ends in 0", init)
        case [1, *mid, 9]:
            return ("1..9", mid)
        case [head, *tail] if head == "h":
            return ("head", tail)
        case [*everything] if len(everything) > 4:
            return ("long", everything)
        case (a, b, *_, z):
            return ("a b .. z", a, b, z)
        case _:
            return "other"

for s in [[0], [5, 6, 0], (1, 9), [1, 2, 3, 9], ("h",), ["h", 1, 2], [2, 3, 4, 5, 6],
          [7, 8, 9], (7, 8), range(5), range(1, 10, 8), "xyz"]:
    print(repr(s), split(s))

# The starred name is always a new list, even for a tuple or range subject.
match (1, 2, 3):
    case [*xs]:
        print(xs, type(xs).__name__)
t = (4, 5)
match t:
    case (*ys,):
        ys.append(6)
        print(ys, t)
match range(2, 6):
    case [first, *rest]:
        print(first, rest)

# A wildcard star reads only the items it needs, through __getitem__ and len().
class Loud(list):
    def __getitem__(self, i):
        print("  getitem", i)
        return super().__getitem__(i)
    def __len__(self):
        print("  len")
        return super().__len__()
    def __iter__(self):
        print("  iter")
        return super().__iter__()

print("wildcard star:")
match Loud([1, 2, 3, 4, 5]):
    case [a, *_, b, c]:
        print(" ->", a, b, c)
print("named star:")
match Loud([1, 2, 3, 4, 5]):
    case [a, *m, b]:
        print(" ->", a, m, b)
print("no star:")
match Loud([1, 2]):
    case [a, b]:
        print(" ->", a, b)
print("length mismatch:")
match Loud([1, 2, 3]):
    case [a, b]:
        print(" -> two?")
    case [*_]:
        print(" -> any length")
