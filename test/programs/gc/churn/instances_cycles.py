# Long churn: many short-lived cycles of instances, dicts, closures and bound methods, with
# automatic collection on; everything must be freed (a missing decref would leak).
import gc


class Node:
    def __init__(self, i):
        self.i = i
        self.links = []

    def link(self, other):
        self.links.append(other)
        other.links.append(self)


total = 0
for round_ in range(300):
    nodes = [Node(i) for i in range(10)]
    for a, b in zip(nodes, nodes[1:]):
        a.link(b)
    nodes[0].cb = nodes[-1].link
    env = {"nodes": nodes}
    env["env"] = env

    def closure(n=nodes):
        return closure
    nodes[1].fn = closure
    total += len(nodes[5].links)
del nodes, env, closure
print(total, gc.collect() >= 0)
