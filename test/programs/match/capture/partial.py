# Which names a match leaves bound. CPython 3.11 stores the captures only once the whole pattern
# matched, so a failed pattern binds nothing; but a case whose guard fails keeps its captures, and
# an or-pattern binds only the names of the alternative that matched.
def probe(subject):
    a = b = c = "unset"
    match subject:
        case [a, b, 0]:
            result = "first"
        case [a, b, c] if c > 100:
            result = "second"
        case {"k": a} | [a, _, _, _]:
            result = "third"
        case _:
            result = "default"
    return result, a, b, c

for s in [[1, 2, 0], [1, 2, 3], [1, 2, 300], {"k": 5}, [7, 8, 9, 10], "no", [1, 2]]:
    print(repr(s), probe(s))

# Guard side effects: each guard runs after its case's captures are stored.
log = []
def check(name, value, ok):
    log.append(f"{name}={value}")
    return ok

match (3, 4):
    case (p, q) if check("p", p, False):
        pass
    case (q, p) if check("q", q, False):
        pass
    case (r, s):
        log.append("matched")
print(log, p, q, r, s)

# Walrus in a guard binds too.
match [10, 20]:
    case [m, n] if (total := m + n) > 100:
        print("big")
    case _:
        print("small, total =", total, "m =", m)

# Unbound after a failed match: the name was never assigned.
def fresh():
    match 5:
        case [z]:
            return z
    try:
        return z
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"

print(fresh())
