# Literal and singleton patterns: equality for numbers and strings, identity for None/True/False.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1.5 | -2 | 1_000_000 | 0x10:
            return "listed number"
        case "hello" "world":
            return "concatenated str"
        case "":
            return "empty str"
        case True:
            return "True itself"
        case False:
            return "False itself"
        case None:
            return "None"
        case -0.5:
            return "minus half"
        case 10:
            return "ten"
        case _:
            return "other"

for v in [0, 0.0, -0.0, False, 1.5, -2, -2.0, 1000000, 16.0, "helloworld", "",
          True, 1, None, -0.5, 10, 10.0, "10", [0], (), 2 ** 40]:
    print(repr(v), "->", describe(v))

# `case True` is an identity test: 1 is not True; `case 1` is equality: True == 1.
def one(x):
    match x:
        case True:
            return "is True"
        case 1:
            return "== 1"
    return "no match"

print(one(True), one(1), one(1.0), one(2))

# A literal pattern calls the subject's __eq__ (subject == literal).
class Loose:
    def __init__(self, tag):
        self.tag = tag
    def __eq__(self, other):
        print("  __eq__", self.tag, repr(other))
        return other == 42
    __hash__ = object.__hash__

match Loose("a"):
    case 41:
        print("41?")
    case 42:
        print("matched 42 through __eq__")

# A non-bool __eq__ result is truth-tested.
class Weird:
    def __eq__(self, other):
        return [] if other == 1 else [0]
    __hash__ = object.__hash__

match Weird():
    case 1:
        print("1 matched")
    case 2:
        print("2 matched (truthy list)")

# __eq__ raising propagates out of the match.
class Bad:
    def __eq__(self, other):
        raise ValueError("no comparing " + repr(other))
    __hash__ = object.__hash__

try:
    match Bad():
        case "x":
            print("unreachable")
except ValueError as e:
    print(type(e).__name__, e)

# Negative zero and nan.
nan = float("nan")
match nan:
    case 0.0:
        print("nan == 0.0?")
    case _:
        print("nan matches no literal")
match -0.0:
    case 0:
        print("-0.0 == 0")
