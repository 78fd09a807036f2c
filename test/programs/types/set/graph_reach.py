# A real program: reachability, components and cycles in a directed graph, all with sets.
edges = [('a', 'b'), ('b', 'c'), ('c', 'a'), ('c', 'd'), ('d', 'e'), ('f', 'g'), ('g', 'f'),
         ('h', 'h'), ('e', 'i'), ('x', 'y')]
graph = {}
nodes = set()
for u, v in edges:
    graph.setdefault(u, set()).add(v)
    nodes |= {u, v}

def reach(start):
    seen = {start}
    todo = [start]
    while todo:
        n = todo.pop()
        new = graph.get(n, set()) - seen
        seen |= new
        todo.extend(sorted(new))
    return seen

for n in sorted(nodes):
    print(n, sorted(reach(n)))

rev = {}
for u, v in edges:
    rev.setdefault(v, set()).add(u)

def sccs():
    left = set(nodes)
    comps = []
    while left:
        n = min(left)
        fwd = reach(n)
        back = {n}
        todo = [n]
        while todo:
            m = todo.pop()
            for p in rev.get(m, set()):
                if p not in back:
                    back.add(p)
                    todo.append(p)
        comp = fwd & back
        comps.append(comp)
        left -= comp
    return comps

comps = sccs()
print([sorted(c) for c in comps])
cyclic = {frozenset(c) for c in comps if len(c) > 1 or any([(n, n) in set(edges) for n in c])}
print(sorted([sorted(c) for c in cyclic]))
sources = nodes - set([v for _, v in edges])
sinks = nodes - set(graph)
print(sorted(sources), sorted(sinks), len(nodes))
print(reach('a') >= reach('d'), reach('f') == reach('g'), reach('x').isdisjoint(reach('a')))
