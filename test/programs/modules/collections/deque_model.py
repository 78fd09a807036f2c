# deque against a list model: thousands of seeded random operations (both ends, rotations,
# indexing, insert/remove, bounded deques) must leave the deque equal to the model.
from collections import deque

seed = 12345


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n


def trim(model, maxlen, left):
    # a bounded deque drops items at the end opposite to the one it grows at
    while maxlen is not None and len(model) > maxlen:
        if left:
            model.pop()
        else:
            model.pop(0)


mismatches = 0
ops = {}
for maxlen in (None, 5, 1, 0, 17):
    d = deque(maxlen=maxlen)
    model = []
    for step in range(1500):
        op = rand(14)
        ops[op] = ops.get(op, 0) + 1
        v = rand(50)
        if op == 0:
            d.append(v); model.append(v); trim(model, maxlen, False)
        elif op == 1:
            d.appendleft(v); model.insert(0, v); trim(model, maxlen, True)
        elif op == 2 and model:
            assert d.pop() == model.pop()
        elif op == 3 and model:
            assert d.popleft() == model.pop(0)
        elif op == 4:
            n = rand(7) - 3
            d.rotate(n)
            if model:
                k = n % len(model)
                model[:] = model[len(model) - k:] + model[:len(model) - k]
        elif op == 5 and model:
            i = rand(2 * len(model)) - len(model)
            d[i] = v
            model[i] = v
        elif op == 6 and model:
            i = rand(2 * len(model)) - len(model)
            del d[i]
            del model[i]
        elif op == 7:
            items = [rand(50) for _ in range(rand(4))]
            d.extend(items); model.extend(items); trim(model, maxlen, False)
        elif op == 8:
            items = [rand(50) for _ in range(rand(4))]
            d.extendleft(items)
            for x in items:
                model.insert(0, x)
            trim(model, maxlen, True)
        elif op == 9 and (maxlen is None or len(model) < maxlen):
            i = rand(2 * len(model) + 3) - len(model) - 1
            d.insert(i, v)
            model.insert(i, v)
        elif op == 10:
            if v in model:
                d.remove(v)
                model.remove(v)
            else:
                try:
                    d.remove(v)
                except ValueError:
                    pass
        elif op == 11:
            assert d.count(v) == model.count(v)
            if v in model:
                assert d.index(v) == model.index(v)
        elif op == 12:
            d.reverse()
            model.reverse()
        elif op == 13 and rand(20) == 0:
            d.clear()
            model.clear()
        if list(d) != model or len(d) != len(model):
            mismatches += 1
    print(maxlen, len(d), list(d)[:6], sum(d), d == deque(model, maxlen), list(reversed(d)) == model[::-1])
print('mismatches', mismatches, 'ops', sorted(ops.items()))
