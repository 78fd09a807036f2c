# iter(callable, sentinel) stops when the callable returns the sentinel.
data = [3, 1, 4, 0, 5]
pos = [0]


def take():
    v = data[pos[0]]
    pos[0] += 1
    return v


print(list(iter(take, 0)))
print(pos[0])
counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


for v in iter(tick, 4):
    print('tick', v)
