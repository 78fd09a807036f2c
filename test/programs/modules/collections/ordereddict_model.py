# OrderedDict against a list-of-pairs model under seeded random operations, including
# move_to_end at both ends and popitem from both ends.
from collections import OrderedDict

seed = 2024


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n


def model_set(model, k, v):
    for i, (mk, _) in enumerate(model):
        if mk == k:
            model[i] = (k, v)
            return
    model.append((k, v))


def model_index(model, k):
    for i, (mk, _) in enumerate(model):
        if mk == k:
            return i
    return -1


od = OrderedDict()
model = []
bad = 0
for step in range(3000):
    op = rand(7)
    k = 'k%d' % rand(12)
    v = rand(100)
    if op == 0 or op == 1:
        od[k] = v
        model_set(model, k, v)
    elif op == 2:
        i = model_index(model, k)
        if i >= 0:
            del od[k]
            del model[i]
    elif op == 3:
        i = model_index(model, k)
        last = rand(2) == 0
        if i >= 0:
            od.move_to_end(k, last=last)
            pair = model.pop(i)
            if last:
                model.append(pair)
            else:
                model.insert(0, pair)
        else:
            try:
                od.move_to_end(k, last)
            except KeyError:
                pass
    elif op == 4 and model:
        last = rand(2) == 0
        assert od.popitem(last=last) == (model.pop() if last else model.pop(0))
    elif op == 5:
        assert od.setdefault(k, v) == (model[model_index(model, k)][1] if model_index(model, k) >= 0 else v)
        if model_index(model, k) < 0:
            model.append((k, v))
    elif op == 6:
        assert od.pop(k, None) == (model.pop(model_index(model, k))[1] if model_index(model, k) >= 0 else None)
    if list(od.items()) != model:
        bad += 1
print('steps', step + 1, 'bad', bad, 'size', len(od))
print(od)
print(list(reversed(od)) == [k for k, _ in reversed(model)], od == OrderedDict(model), od == dict(reversed(model)))
