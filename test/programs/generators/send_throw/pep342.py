# PEP 342 style coroutines: a grep/broadcast network driven by send().
def coroutine(func):
    def start(*args, **kwargs):
        cr = func(*args, **kwargs)
        next(cr)
        return cr
    return start

@coroutine
def grep(pattern, target):
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line)
    except GeneratorExit:
        target.close()
        print("grep", pattern, "closed")

@coroutine
def counter(name):
    n = 0
    try:
        while True:
            line = yield
            n += 1
            print(name, n, line)
    finally:
        print(name, "saw", n)

@coroutine
def broadcast(targets):
    try:
        while True:
            item = yield
            for t in targets:
                t.send(item)
    finally:
        for t in targets:
            t.close()

net = broadcast([grep("py", counter("py-lines")), grep("rite", counter("rite-lines"))])
for line in ["pyrite", "python", "write", "nothing", "rite of spring"]:
    net.send(line)
net.close()
print("network closed")

@coroutine
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        try:
            term = yield average
        except ValueError:
            print("reset")
            total, count, average = 0.0, 0, None
            continue
        total += term
        count += 1
        average = total / count

avg = averager()
print(avg.send(10), avg.send(30), avg.send(5))
avg.throw(ValueError)
print(avg.send(1))
