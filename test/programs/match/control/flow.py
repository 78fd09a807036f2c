# match inside loops, functions and generators: break, continue, return and yield in case bodies;
# `match` and `case` stay usable as ordinary names.
def tokens(words):
    for w in words:
        match w:
            case "stop":
                break
            case "skip" | "":
                continue
            case str(s) if s.isdigit():
                yield int(s)
            case _:
                yield w.upper()

print(list(tokens(["a", "1", "skip", "", "22", "b", "stop", "never"])))

def find(items, target):
    for i, item in enumerate(items):
        match item:
            case {"id": id_} if id_ == target:
                return i
            case [*inner]:
                if find(inner, target) is not None:
                    return i
    return None

print(find([{"id": 1}, [{"id": 5}, {"id": 7}], {"id": 9}], 7), find([], 1))

# A match without a matching case does nothing; the statement after it runs.
for v in [1, "x"]:
    match v:
        case int():
            print("int")
    print("after", repr(v))

# Nested matches.
def describe(cmd):
    match cmd:
        case (verb, obj):
            match verb:
                case "get" | "take":
                    return f"take {obj}"
                case "drop":
                    return f"drop {obj}"
            return f"unknown verb {verb}"
        case _:
            return "?"

print(describe(("get", "lamp")), describe(("drop", "key")), describe(("eat", "x")), describe(1))

# match and case as names.
match = {"case": 1}
case = [match]
match case:
    case [{"case": match}]:
        print("soft keywords as names:", match)
print(case)

# try/finally and with in a case body; return from inside finally-protected case.
def guarded(v):
    try:
        match v:
            case 0:
                return "zero"
            case _:
                raise KeyError(v)
    except KeyError as e:
        return f"KeyError {e}"
    finally:
        print("  finally for", v)

print(guarded(0), guarded(5))

# The subject expression can be a tuple without parentheses, or a starred display.
a, b = 1, 2
match a, b:
    case (1, 2):
        print("tuple subject")
rest = [3, 4]
match *rest, 5:
    case [3, 4, 5]:
        print("starred subject")

# A match in a while loop with a state variable.
n, steps = 27, 0
while True:
    match n:
        case 1:
            break
        case n if n % 2 == 0:
            n //= 2
        case _:
            n = 3 * n + 1
    steps += 1
print("collatz steps:", steps)
