# Collections run while cycles are reachable only from outside the heap's objects: locals of
# frames deep in the call stack, the value stack, closure cells, the exception being handled, a
# pending finally, iterators. None of them may be freed.
def churn(n=5000):
    for i in range(n):
        a = [i]
        a.append(a)

def cyc(tag):
    l = [tag]
    l.append(l)
    l.append({'l': l})
    return l

def check(l, tag):
    return l[0] == tag and l[1] is l and l[2]['l'] is l

def deep(n):
    mine = cyc(n)
    if n > 0:
        r = deep(n - 1)
    else:
        churn()
        r = True
    return r and check(mine, n)

print(deep(50))
print([cyc('stack'), churn(), cyc('stack2')][0][1][0])

def outer():
    c = cyc('cell')
    def inner():
        churn()
        return check(c, 'cell')
    return inner
print(outer()())

try:
    raise ValueError(cyc('exc'))
except ValueError as e:
    churn()
    print(check(e.args[0], 'exc'))

try:
    try:
        raise KeyError(cyc('finally'))
    finally:
        churn()
except KeyError as e:
    print(check(e.args[0], 'finally'))

g = cyc('global')
churn(20000)
print(check(g, 'global'))
it = iter(cyc('iter'))
churn()
print(next(it))
m = map(lambda x: (churn(1000), x)[1], [cyc('map')])
print(check(next(m), 'map'))
