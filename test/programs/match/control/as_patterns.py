# As-patterns bind the subject (or a sub-subject) after the inner pattern matched.
def parse(v):
    match v:
        case [int() | float() as x, int() | float() as y] as point:
            return f"point {point} x={x} y={y}"
        case {"items": [_, *_] as items} as whole:
            return f"{len(items)} items in {sorted(whole)}"
        case (("a" | "b") as first, *_) as seq:
            return f"starts with {first}: {seq}"
        case str() as text:
            return f"text {text!r}"
        case (_ as anything):
            return f"anything {anything!r}"

for v in [[1, 2.5], [1, "2"], {"items": [1, 2, 3], "n": 3}, {"items": []}, ("a", 1), ("c",),
          "hi", None]:
    print(parse(v))

# `as` binds the very same object, not a copy.
data = [1, 2]
match data:
    case [_, _] as same:
        print(same is data)

# As-pattern on a capture-free or-pattern and on a class pattern with keywords.
class Node:
    __match_args__ = ("value", "children")
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)

def total(n):
    match n:
        case Node(value=int() as v, children=[]) as leaf:
            return v
        case Node(v, [*kids]) as node:
            return v + sum(total(k) for k in kids)

tree = Node(1, Node(2), Node(3, Node(4), Node(5)))
print(total(tree))
