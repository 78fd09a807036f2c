# Random operations (a fixed LCG) on several sets; printing whole sets checks that the table
# layout (growth, dummies, pop's finger, merges) follows CPython's step for step.
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
keys = [i * 3 - 40 for i in range(60)] + ['s%d' % i for i in range(40)] + [(i, -i) for i in range(10)]
sets = [set(), set(), set()]
for step in range(3000):
    s = sets[rnd(3)]
    op = rnd(12)
    k = keys[rnd(len(keys))]
    if op < 4:
        s.add(k)
    elif op < 6:
        s.discard(k)
    elif op == 6 and s:
        s.pop()
    elif op == 7:
        s |= sets[rnd(3)]
    elif op == 8:
        s -= set([keys[rnd(len(keys))] for _ in range(5)])
    elif op == 9:
        s &= set(keys[rnd(50):])
    elif op == 10:
        s ^= sets[rnd(3)]
    elif op == 11 and rnd(10) == 0:
        s.clear()
    if step % 250 == 0:
        print(step, [len(x) for x in sets])
        for x in sets:
            print(x)
print(sets[0] | sets[1], sets[1] & sets[2], sets[2] - sets[0], sets[0] ^ sets[2])
print(frozenset(sets[0]), hash(frozenset(sets[1])), hash(frozenset(sets[2])))
print(sets[0].union(sets[1], keys[:10]), sets[1].intersection(keys), sets[2].difference(keys[50:]))
print(sets[0].symmetric_difference(keys[::7]))
