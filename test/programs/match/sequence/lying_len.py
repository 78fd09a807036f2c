# GET_LEN asks the subject's __len__, then the items come from iteration (or __getitem__ for a
# wildcard star): a list subclass whose __len__ lies gets CPython's unpacking errors.
class Lying(list):
    def __init__(self, items, claimed):
        super().__init__(items)
        self.claimed = claimed
    def __len__(self):
        return self.claimed

def attempt(label, subject):
    try:
        match subject:
            case [a, b, c]:
                print(label, "three:", a, b, c)
            case [a, *rest]:
                print(label, "head/rest:", a, rest)
            case _:
                print(label, "no match")
    except (ValueError, TypeError, IndexError) as e:
        print(label, type(e).__name__ + ":", e)

attempt("honest", Lying([1, 2, 3], 3))
attempt("claims 3, has 2", Lying([1, 2], 3))
attempt("claims 3, has 4", Lying([1, 2, 3, 4], 3))
attempt("claims 0, has 2", Lying([1, 2], 0))
attempt("claims 5, has 1", Lying([9], 5))

class BadLen(list):
    def __len__(self):
        raise RuntimeError("len exploded")

try:
    match BadLen([1]):
        case [x]:
            print("unreachable")
except RuntimeError as e:
    print(type(e).__name__, e)

class NegLen(list):
    def __len__(self):
        return -1

try:
    match NegLen([1]):
        case [x]:
            print("unreachable")
except ValueError as e:
    print(type(e).__name__, e)

# A wildcard star indexes from the end with len() - k.
class Indexed(list):
    def __getitem__(self, i):
        print("  [", i, "]")
        return super().__getitem__(i)

match Indexed([10, 20, 30, 40]):
    case [first, *_, before_last, last]:
        print(first, before_last, last)
