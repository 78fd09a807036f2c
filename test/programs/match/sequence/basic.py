# Sequence patterns: list, tuple and range match; str, dict, set and iterators do not.
def shape(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one({a!r})"
        case [a, b]:
            return f"two({a!r}, {b!r})"
        case (a, b, c):
            return f"three({a!r}, {b!r}, {c!r})"
        case [_, _, _, *_]:
            return f"many({len(x)})"
        case _:
            return f"not a sequence: {type(x).__name__}"

class MyList(list):
    pass

class MyTuple(tuple):
    pass

for v in [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], range(3), range(10, 13, 1), range(7),
          "ab", "abc", "", {"a": 1}, {1, 2}, frozenset(), iter([1, 2]), MyList([4, 5]),
          MyTuple((6,)), 12, None, (x for x in [])]:
    print(shape(v))

# Parentheses and brackets are interchangeable in patterns.
match (1, 2):
    case [1, 2]:
        print("tuple matched by [1, 2]")
match [1, 2]:
    case (1, 2):
        print("list matched by (1, 2)")

# Nested sequences.
def nested(x):
    match x:
        case [[a, b], [c, d]]:
            return a + b + c + d
        case [[a, *rest], *others]:
            return (a, rest, others)
        case [(x, y), z] if x == y:
            return "pair equal"
    return "no"

print(nested([[1, 2], [3, 4]]))
print(nested([[1, 2, 3], (4,), [5]]))
print(nested([(1, 1), 0]))
print(nested([[], 1]))
print(nested(["ab", "cd"]))

# Strings inside a sequence are matched as items, never unpacked.
match ["go", "north"]:
    case ["go", direction]:
        print("going", direction)
match "go":
    case [c1, c2]:
        print("str unpacked?!")
    case _:
        print("a str is not a sequence pattern subject")
