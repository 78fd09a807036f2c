# The clocks: types, resolution-independent relations, monotonicity, sleep.
import time

print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.monotonic()).__name__,
      type(time.monotonic_ns()).__name__, type(time.perf_counter()).__name__, type(time.perf_counter_ns()).__name__,
      type(time.process_time()).__name__, type(time.process_time_ns()).__name__, type(time.thread_time()).__name__)
print(time.time() > 1.6e9, time.time_ns() > 1_600_000_000 * 10**9)
print(abs(time.time() - time.time_ns() / 1e9) < 1.0)

last = time.monotonic()
ok = True
for _ in range(1000):
    now = time.monotonic()
    ok = ok and now >= last
    last = now
print('monotonic', ok)

a = time.perf_counter_ns()
b = time.perf_counter_ns()
print('perf_counter_ns', b - a >= 0)

start = time.monotonic()
print(time.sleep(0.05))
elapsed = time.monotonic() - start
print('slept', elapsed >= 0.04, elapsed < 5)
time.sleep(0)
time.sleep(False)
time.sleep(1e-9)
p = time.process_time()
print('process_time', time.process_time() - p >= 0)
