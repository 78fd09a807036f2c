# Collections triggered by Python code that builtins call back into (sort keys, map, repr of
# nested data, dict iteration): the containers the builtin is working on must stay intact.
def key(x):
    a = []
    a.append(a)
    b = {'x': x}
    b['b'] = b
    return -x

data = list(range(20000))
data.sort(key=key)
print(data[:3], data[-1])
print(sorted(range(5000), key=key)[:3])

d = {i: [i] for i in range(3000)}
for k, v in d.items():
    v.append(v)
    c = [k]
    c.append(c)
print(len(d), d[5][1] is d[5])

def mk(n):
    l = []
    def g():
        return l, g
    l.append(g)
    return n
print(sum(map(mk, range(10000))))

r = [[i] for i in range(2000)]
for x in r:
    x.append(r)
print(repr(r)[:40])
print(max(range(3000), key=lambda i: key(i) * 0 + i))
print("done")
