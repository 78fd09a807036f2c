# Programs that meet nan keys: counting values with a dict, deduplicating with a set, and the
# fact that a nan read back from a container is the same object, so it is found again.
import math
from collections import Counter

readings = [1.5, float('nan'), 2.0, float('nan'), 1.5, math.nan, math.nan, 2.0]
counts = {}
for r in readings:
    counts[r] = counts.get(r, 0) + 1
print(len(counts), sorted((repr(k), v) for k, v in counts.items()))

c = Counter(readings)
print(len(c), c[1.5], c[math.nan], c[float('nan')], sorted(c.values()))

unique = set(readings)
print(len(unique), sum(1 for u in unique if u != u))

# dedup that treats every nan as equal needs an explicit rule
seen_nan = False
clean = []
for r in readings:
    if r != r:
        if seen_nan:
            continue
        seen_nan = True
    elif r in clean:
        continue
    clean.append(r)
print(clean)

table = dict.fromkeys(readings, 0)
print(len(table), [k for k in table if k == k])
keys = list(table)
print(all(k in table for k in keys), table[keys[1]], keys[1] is readings[1])
print(sorted([2.0, 1.0, 3.0]), math.isnan(max(readings, key=lambda v: (v != v, v))))
