# Or-patterns: alternatives are tried left to right; each must bind the same names, in any order.
def classify(v):
    match v:
        case 0 | 1 | 2:
            return "small"
        case [x, 0] | [0, x]:
            return f"axis {x}"
        case (a, b, "swap") | (b, a, "keep"):
            return f"a={a} b={b}"
        case {"x": x, "y": y} | {"pos": (x, y)} | [("x", x), ("y", y)]:
            return f"point {x},{y}"
        case str() | list() | tuple() as seq if len(seq) > 3:
            return f"long {type(seq).__name__}"
        case ([1, *rest] | [*rest, 1]) if rest:
            return f"one at an end, rest={rest}"
        case _:
            return "other"

for v in [1, 2, 3, [5, 0], [0, 6], [0, 0], (1, 2, "swap"), (1, 2, "keep"), {"x": 1, "y": 2},
          {"pos": [3, 4]}, [("x", 5), ("y", 6)], "abcd", [1, 2, 3, 4], (1,), [1, 7], [8, 1], [1]]:
    print(repr(v), "->", classify(v))

# Nested or-patterns and or inside sequences.
def nested(v):
    match v:
        case [("+" | "-") as op, (int() | float()) as n]:
            return f"signed {op}{n}"
        case [(1 | 2), (3 | 4), *_]:
            return "1|2 then 3|4"
        case ((("a" | "b") | "c") | "d") as letter:
            return f"letter {letter}"
    return "none"

for v in [["+", 1], ["-", 2.5], ["*", 3], ["+", "x"], [2, 4, 0], [1, 5], "c", "d", "e"]:
    print(repr(v), "->", nested(v))

# Only the matching alternative binds; earlier failed alternatives leave nothing behind.
def which(v):
    match v:
        case [p, "L"] | ["R", p] | p:
            return p

print(which([1, "L"]), which(["R", 2]), which(3))

# Evaluation order: each alternative's value patterns are compared in turn.
class Noisy:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("  compare", self.v, "with", other)
        return self.v == other
    __hash__ = object.__hash__

match Noisy(3):
    case 1 | 2 | 3 | 4:
        print("found 3 after three comparisons")
