# Functions stored in containers their own closure (or globals) reach.
def registry():
    handlers = {}
    def register(name):
        def handler(x):
            return (name, x, len(handlers))
        handlers[name] = handler
        return handler
    return register

for i in range(1000):
    reg = registry()
    h = reg('a')
    reg('b')
print(h(1))

def make_node(v):
    node = {'value': v}
    node['get'] = lambda: node['value']
    return node
nodes = [make_node(i) for i in range(500)]
print(sum([n['get']() for n in nodes]))
del nodes

table = {}
def lookup(k):
    return table[k]
table['lookup'] = lookup
print(table['lookup']('lookup') is lookup)
print("done")
