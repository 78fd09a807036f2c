# The collector probe of `npm run bench` (bench/memory.ts): this prologue and the epilogue after
# the marker line wrap a memory program, so CPython and pyrite run the very same code. Pauses
# are timed with gc.callbacks (start -> stop of each collection) and time.perf_counter().
import gc as _gc
import time as _time

_probe_pauses = {0: [], 1: [], 2: []}
_probe_start = [0.0]


def _probe_cb(phase, info):
    if phase == "start":
        _probe_start[0] = _time.perf_counter()
    else:
        _probe_pauses[info["generation"]].append((_time.perf_counter() - _probe_start[0]) * 1000.0)


_gc.callbacks.append(_probe_cb)
# ---- program ----
# ---- epilogue ----
_gc.callbacks.remove(_probe_cb)


def _probe_full(n):
    # n live tracked objects (instances with a dict, lists, tuples), then full collections that
    # find them all reachable: the cost of a collection per tracked object
    class _Obj:
        def __init__(self, i):
            self.i = i
            self.l = [i]

    keep = [(_Obj(i), [i, i]) for i in range(n)]
    tracked = len(_gc.get_objects())
    times = []
    for _ in range(5):
        t = _time.perf_counter()
        _gc.collect()
        times.append((_time.perf_counter() - t) * 1000.0)
    times.sort()
    del keep
    return tracked, times[2]


def _probe_med(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2] if xs else 0.0


_probe_tracked, _probe_full_ms = _probe_full(50000)
print("GCPROBE", len(_probe_pauses[0]), len(_probe_pauses[1]), len(_probe_pauses[2]),
      "%.4f" % _probe_med(_probe_pauses[0]), "%.4f" % max(_probe_pauses[0] or [0.0]),
      "%.4f" % _probe_med(_probe_pauses[2] or [0.0]), _probe_tracked, "%.4f" % _probe_full_ms)
