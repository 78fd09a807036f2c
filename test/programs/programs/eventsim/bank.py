# A discrete-event simulation of a bank with tellers: processes are generators that yield the
# delays they wait for; a tiny scheduler keeps a sorted agenda. Deterministic (an LCG, no random).

class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) % (1 << 31)
        return self.state

    def uniform(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)

class Scheduler:
    def __init__(self):
        self.now = 0
        self.agenda = []   # (time, seq, process), kept sorted
        self.seq = 0

    def schedule(self, delay, proc):
        item = (self.now + delay, self.seq, proc)
        self.seq += 1
        lo, hi = 0, len(self.agenda)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.agenda[mid][:2] < item[:2]:
                lo = mid + 1
            else:
                hi = mid
        self.agenda.insert(lo, item)

    def run(self, until):
        while self.agenda and self.agenda[0][0] <= until:
            self.now, _, proc = self.agenda.pop(0)
            try:
                delay = next(proc)
            except StopIteration as stop:
                if stop.value is not None:
                    log.append((self.now, stop.value))
                continue
            self.schedule(delay, proc)

class Bank:
    def __init__(self, sched, tellers):
        self.sched = sched
        self.free = tellers
        self.queue = []
        self.served = 0
        self.waits = []

    def customer(self, name, service):
        arrived = self.sched.now
        if self.free == 0:
            self.queue.append(name)
            while self.free == 0 or self.queue[0] != name:
                yield 1
            self.queue.pop(0)
        self.free -= 1
        self.waits.append(self.sched.now - arrived)
        yield service
        self.free += 1
        self.served += 1
        return f'{name} done'

def arrivals(sched, bank, rng, count):
    for i in range(count):
        sched.schedule(0, bank.customer(f'c{i:02d}', rng.uniform(3, 9)))
        yield rng.uniform(1, 4)
    return 'arrivals finished'

log = []
rng = Rng(2024)
sched = Scheduler()
bank = Bank(sched, tellers=2)
sched.schedule(0, arrivals(sched, bank, rng, 30))
sched.run(until=200)
print('served', bank.served, 'queue', len(bank.queue), 'now', sched.now)
print('average wait', sum(bank.waits) / len(bank.waits))
print('max wait', max(bank.waits), 'zero waits', bank.waits.count(0))
for t, msg in log[:8]:
    print(f'{t:4d} {msg}')
print('...', len(log), 'events')
by_decade = {}
for t, _ in log:
    by_decade.setdefault(t // 20 * 20, 0)
    by_decade[t // 20 * 20] += 1
print(sorted(by_decade.items()))
