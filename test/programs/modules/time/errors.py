# The time module's argument errors.
import time

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('sleep neg', lambda: time.sleep(-1))
attempt('sleep neg float', lambda: time.sleep(-0.001))
attempt('sleep str', lambda: time.sleep('1'))
attempt('sleep none', lambda: time.sleep(None))
attempt('sleep nan', lambda: time.sleep(float('nan')))
attempt('sleep huge', lambda: time.sleep(1e300))
attempt('sleep huge int', lambda: time.sleep(10**12))
attempt('sleep no arg', lambda: time.sleep())
attempt('sleep kw', lambda: time.sleep(secs=1))
attempt('time arg', lambda: time.time(1))
attempt('time kw', lambda: time.time(x=1))
attempt('monotonic arg', lambda: time.monotonic(None))
attempt('perf_counter_ns arg', lambda: time.perf_counter_ns(1))
attempt('localtime two', lambda: time.localtime(1, 2))
attempt('localtime str', lambda: time.localtime('x'))
attempt('ctime two', lambda: time.ctime(1, 2))
attempt('ctime nan', lambda: time.ctime(float('nan')))
attempt('mktime none', lambda: time.mktime())
attempt('mktime int', lambda: time.mktime(1))
attempt('mktime short', lambda: time.mktime((2024, 1, 1)))
attempt('mktime kw', lambda: time.mktime(t=1))
attempt('mktime float item', lambda: time.mktime((2024.5, 1, 1, 0, 0, 0, 0, 1, 0)))

class Secs:
    def __index__(self):
        return 86400

print(time.gmtime(Secs()).tm_mday)
