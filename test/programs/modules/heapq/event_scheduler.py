# An event scheduler on heapq: events ordered by (time, sequence number) so equal times run
# in scheduling order, handlers that schedule follow-ups, cancellation by marking, and a
# final report with nsmallest/nlargest.
import heapq
import itertools


class Scheduler:
    def __init__(self):
        self.queue = []
        self.counter = itertools.count()
        self.now = 0
        self.log = []
        self.cancelled = set()

    def schedule(self, delay, name, action=None):
        seq = next(self.counter)
        heapq.heappush(self.queue, (self.now + delay, seq, name, action))
        return seq

    def cancel(self, seq):
        self.cancelled.add(seq)

    def run(self, until):
        while self.queue and self.queue[0][0] <= until:
            time, seq, name, action = heapq.heappop(self.queue)
            if seq in self.cancelled:
                print('%5d  (cancelled %s)' % (time, name))
                continue
            self.now = time
            print('%5d  %s' % (time, name))
            self.log.append((time, name))
            if action is not None:
                action(self)
        self.now = until


def make_heartbeat(period, remaining):
    def beat(s):
        if remaining > 1:
            s.schedule(period, 'heartbeat', make_heartbeat(period, remaining - 1))
    return beat


def spawn_jobs(s):
    for i, cost in enumerate([30, 10, 20]):
        s.schedule(cost, 'job-%d done' % i)


s = Scheduler()
s.schedule(0, 'boot', spawn_jobs)
s.schedule(25, 'heartbeat', make_heartbeat(25, 4))
s.schedule(10, 'backup')
doomed = s.schedule(15, 'report')
s.schedule(10, 'cleanup')
s.cancel(doomed)
s.run(60)
print('pending:', [(t, n) for t, _, n, _ in sorted(s.queue)])
s.run(200)
print('events run:', len(s.log))
print('earliest three:', heapq.nsmallest(3, s.log))
print('latest two:', heapq.nlargest(2, s.log))
by_name = sorted({n for _, n in s.log})
print(by_name)
merged = list(heapq.merge([t for t, n in s.log if n == 'heartbeat'], [t for t, n in s.log if n != 'heartbeat']))
print(merged == sorted(t for t, _ in s.log), merged[:5])
