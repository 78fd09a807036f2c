# Guards run after the pattern matched and its names were bound; a false guard moves on to the
# next case.
def grade(score):
    match score:
        case int(n) | float(n) if n < 0 or n > 100:
            return "invalid"
        case n if n >= 90:
            return "A"
        case n if n >= 80:
            return "B"
        case n if n >= 70:
            return "C"
        case _:
            return "F"

print([grade(s) for s in [95, 85.5, 70, 12, -1, 101]])

# Guard truthiness: any object; __bool__ is called.
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("  __bool__", self.on)
        return self.on

for f in [Flag(False), Flag(True)]:
    match f:
        case x if x:
            print("truthy guard")
        case _:
            print("falsy guard")

# Guards can use values bound in the same case and outer variables, and can call functions.
limit = 3
def pairs(items):
    out = []
    for item in items:
        match item:
            case (a, b) if a + b == limit:
                out.append(("sum", a, b))
            case (a, b) if a == b:
                out.append(("same", a))
            case (a, _) if isinstance(a, str):
                out.append(("named", a))
            case _:
                out.append(("skip",))
    return out

print(pairs([(1, 2), (2, 2), ("k", 0), (5, 6), [0, 3], "ab"]))

# An exception in a guard propagates; the names bound by the pattern stay bound.
def risky(v):
    try:
        match v:
            case [a, b] if a / b > 1:
                return "ratio > 1"
            case [a, b]:
                return "ratio <= 1"
    except ZeroDivisionError as e:
        return f"{type(e).__name__}: {e} (a={a}, b={b})"

print(risky([4, 2]), "|", risky([1, 2]), "|", risky([1, 0]))

# A guard on the last wildcard case.
def last(v):
    match v:
        case 1:
            return "one"
        case _ if v:
            return "truthy"
    return "fell through"

print(last(1), last("x"), last(0))
