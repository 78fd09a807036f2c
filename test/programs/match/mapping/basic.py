# Mapping patterns: any dict (or dict subclass) with at least the listed keys; extra keys are
# ignored unless captured with **rest.
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **mods} if mods:
            return f"key {k} with {sorted(mods)}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t, **rest}:
            return f"unknown {t} rest={rest}"
        case {}:
            return "no type"
        case _:
            return "not a mapping"

events = [
    {"type": "click", "pos": (3, 4)},
    {"type": "click", "pos": [5, 6], "button": 1},
    {"type": "click", "pos": "xy"},
    {"type": "key", "key": "q", "ctrl": True, "alt": False},
    {"type": "key", "key": "w"},
    {"type": "key", "key": 7},
    {"type": "scroll", "dy": -1, "dx": 0},
    {"pos": (1, 1)},
    {},
    [("type", "click")],
    "type",
]
for e in events:
    print(handle(e))

# **rest is a fresh dict in the subject's order, without the matched keys.
src = {"a": 1, "b": 2, "c": 3, "d": 4}
match src:
    case {"c": c, "a": a, **rest}:
        rest["z"] = 26
        print(a, c, rest, src)

# Non-str keys: numbers, None, booleans (True == 1, so {1: ...} also finds True).
match {1: "one", None: "none", False: "false", 2.5: "float"}:
    case {True: t, None: n, 0: f, 2.5: fl}:
        print(t, n, f, fl)

# An empty mapping pattern matches any mapping; {**rest} copies it.
match {"x": 1}:
    case {**everything}:
        print(everything, everything == {"x": 1})

class Registry(dict):
    pass

match Registry(name="r", size=3):
    case {"name": name, **others}:
        print(name, others, type(others).__name__)

# Keys that are value patterns are evaluated each time.
class K:
    A = "alpha"
    B = "beta"

match {"alpha": 1, "beta": 2, "gamma": 3}:
    case {K.A: x, K.B: y, **r}:
        print(x, y, r)

# Missing key or non-mapping: no match.
for subject in [{"alpha": 1}, {"beta": 2}, ["alpha", "beta"]]:
    match subject:
        case {K.A: _, K.B: _}:
            print("both")
        case _:
            print("not both:", subject)
