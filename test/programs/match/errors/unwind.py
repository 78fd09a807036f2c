# Exceptions raised in the middle of a pattern, while captured values and sub-subjects are still
# on the stack: each is caught, nothing is bound, and no reference leaks.
class Boom(Exception):
    pass

class EqBoom:
    def __eq__(self, other):
        raise Boom(f"eq {other!r}")
    __hash__ = object.__hash__

class AttrBoom:
    __match_args__ = ("ok", "bad")
    ok = "fine"
    @property
    def bad(self):
        raise Boom("attr")

class GetBoom(dict):
    def get(self, key, default=None):
        if key == "b":
            raise Boom("get b")
        return super().get(key, default)

class LenBoom(list):
    def __len__(self):
        raise Boom("len")

class IterBoom(list):
    def __iter__(self):
        raise Boom("iter")

class ItemBoom(list):
    def __getitem__(self, i):
        raise Boom(f"item {i}")

cases = [
    ("eq inside sequence", lambda: [1, 2, [EqBoom(), 2, 3]], "seq"),
    ("eq inside or", lambda: ["x", EqBoom()], "or"),
    ("attr after capture", lambda: AttrBoom(), "cls"),
    ("get after capture", lambda: GetBoom(a=[1], b=2, c=3), "map"),
    ("len of nested", lambda: [1, LenBoom([1])], "len"),
    ("iter of nested", lambda: [1, IterBoom([1, 2])], "iter"),
    ("item for wildcard star", lambda: [1, ItemBoom([1, 2, 3])], "star"),
    ("guard", lambda: (1, 0), "guard"),
]

def run(kind, subject):
    match kind, subject:
        case "seq", [a, b, [c, d] | [5 as c, *d]]:
            return a, b, c, d
        case "len", [a, [b]]:
            return a, b
        case "iter", [a, [b, c]]:
            return a, b, c
        case "or", [name, ("p" | "q" | 3) as tag]:
            return name, tag
        case "cls", AttrBoom(ok, bad):
            return ok, bad
        case "map", {"a": [x], "b": y, **rest}:
            return x, y, rest
        case "star", [first, [h, *_, t]]:
            return first, h, t
        case "guard", (p, q) if p / q:
            return p
        case _:
            return "no match"

for label, make, kind in cases:
    try:
        print(label, "->", run(kind, make()))
    except (Boom, ZeroDivisionError) as e:
        print(label, "->", type(e).__name__, e)

# The same in a generator that is closed half-way, with a pending match subject on its stack.
def gen(items):
    for it in items:
        match it:
            case [a, *b]:
                yield a
                yield from b
            case {"v": v}:
                yield v

g = gen([[1, 2, 3], {"v": 4}, [EqBoom()]])
print(next(g), next(g))
g.close()
print(list(gen([[5], {"v": 6}, "no", [7, 8]])))
