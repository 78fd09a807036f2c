# Captured values, **rest dicts and class-pattern attribute tuples inside reference cycles are
# all freed (the test runner checks that no block leaks).
class Node:
    __match_args__ = ("value", "next")
    def __init__(self, value):
        self.value = value
        self.next = self

ring = [Node(i) for i in range(5)]
for a, b in zip(ring, ring[1:] + ring[:1]):
    a.next = b

def walk(node, steps):
    seen = []
    for _ in range(steps):
        match node:
            case Node(v, Node(w, nxt)) if v % 2 == 0:
                seen.append((v, w))
                node = nxt
            case Node(v, nxt):
                seen.append(v)
                node = nxt
    return seen

print(walk(ring[0], 6))

cyclic = {"name": "root"}
cyclic["self"] = cyclic
cyclic["kids"] = [cyclic, {"up": cyclic}]
match cyclic:
    case {"self": {"name": n}, "kids": [same, {"up": up}], **rest}:
        rest["loop"] = rest
        print(n, same is cyclic, up is cyclic, sorted(rest))

lst = [1]
lst.append(lst)
match lst:
    case [1, [1, [*inner]]]:
        print(len(inner), inner[1] is lst)
del ring, cyclic, lst
