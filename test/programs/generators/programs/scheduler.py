# A cooperative scheduler: tasks are generators that yield system calls, resumed with send().
tasks = {}
ready = []
waiting = {}
mailboxes = {}
log = []
next_id = [1]

def spawn(gen):
    tid = next_id[0]
    next_id[0] += 1
    tasks[tid] = gen
    ready.append((tid, None))
    return tid

def run():
    while ready:
        tid, value = ready.pop(0)
        task = tasks.get(tid)
        if task is None:  # killed while it was ready
            continue
        try:
            call = task.send(value)
        except StopIteration as e:
            log.append("task %d exited with %r" % (tid, e.value))
            del tasks[tid]
            for waiter in waiting.pop(tid, []):
                ready.append((waiter, e.value))
            continue
        except Exception as e:
            log.append("task %d crashed: %s: %s" % (tid, type(e).__name__, e))
            del tasks[tid]
            continue
        kind = call[0]
        if kind == "spawn":
            ready.append((tid, spawn(call[1])))
        elif kind == "join":
            if call[1] in tasks:
                waiting.setdefault(call[1], []).append(tid)
            else:
                ready.append((tid, None))
        elif kind == "send":
            mailboxes.setdefault(call[1], []).append(call[2])
            ready.append((tid, True))
        elif kind == "recv":
            box = mailboxes.get(tid, [])
            if box:
                ready.append((tid, box.pop(0)))
            else:
                ready.append((tid, None))
        elif kind == "yield":
            ready.append((tid, None))
        elif kind == "kill":
            victim = tasks.get(call[1])
            if victim is not None:
                victim.close()
                del tasks[call[1]]
            ready.append((tid, victim is not None))

def recv():
    while True:
        msg = yield ("recv",)
        if msg is not None:
            return msg
        yield ("yield",)

def counter(name, n):
    total = 0
    for i in range(n):
        total += i
        print(name, "step", i)
        yield ("yield",)
    return total

def consumer():
    got = []
    while len(got) < 3:
        msg = yield from recv()
        print("consumer got", msg)
        got.append(msg)
    return got

def producer(target):
    for word in ["alpha", "beta", "gamma"]:
        yield ("send", target, word)
        yield ("yield",)

def forever():
    try:
        while True:
            yield ("yield",)
    finally:
        print("forever task cleaned up")

def crasher():
    yield ("yield",)
    return 1 // 0

def main():
    a = yield ("spawn", counter("A", 3))
    b = yield ("spawn", counter("B", 2))
    c = yield ("spawn", consumer())
    yield ("spawn", producer(c))
    f = yield ("spawn", forever())
    yield ("spawn", crasher())
    result = yield ("join", a)
    print("main joined A:", result)
    result = yield ("join", c)
    print("main joined consumer:", result)
    killed = yield ("kill", f)
    print("killed forever:", killed)
    return "main done"

spawn(main())
run()
for line in log:
    print(line)
print("tasks left:", len(tasks))
