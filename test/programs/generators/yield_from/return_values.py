# Return values flow back through yield from, including via throw.
def worker(name):
    try:
        yield name + " started"
    except GeneratorExit:
        print(name, "closing")
        raise
    except Exception as e:
        return name + " stopped by " + type(e).__name__
    return name + " finished"

def boss():
    results = []
    for name in ["a", "b", "c"]:
        r = yield from worker(name)
        results.append(r)
    return results

g = boss()
print(next(g))
print(g.send(None))
print(g.throw(ValueError))
try:
    g.send(None)
except StopIteration as e:
    print(e.value)

def avg():
    total = count = 0
    while True:
        x = yield
        if x is None:
            return total / count
        total += x
        count += 1

def grouper(results, key):
    while True:
        results[key] = yield from avg()

results = {}
for key, values in [("x", [1, 2, 3]), ("y", [10, 20])]:
    gr = grouper(results, key)
    next(gr)
    for v in values:
        gr.send(v)
    gr.send(None)
print(results)
