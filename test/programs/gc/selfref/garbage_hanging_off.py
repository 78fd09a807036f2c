# A cycle keeps acyclic garbage alive (a long list of small containers, a deep nest): all of it
# is freed when the collector breaks the cycle.
root = {'items': [[i, (i, str(i))] for i in range(2000)]}
nest = []
cur = nest
for i in range(3000):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
root['nest'] = nest
root['root'] = root
print(len(root['items']), root['items'][1999][1])
del root, nest, cur, nxt
print("done")
