# A log-processing pipeline built from generators: each stage pulls from the previous one.
LOG = """\
2024-01-01 10:00:01 INFO user=alice action=login
2024-01-01 10:00:05 WARN user=bob action=login failed=1
2024-01-01 10:01:00 INFO user=alice action=view page=home
# comment line
2024-01-01 10:02:10 ERROR user=carol action=pay amount=12.50
2024-01-01 10:02:11 INFO user=bob action=login

2024-01-01 10:03:00 INFO user=carol action=pay amount=7.25
2024-01-01 10:04:30 ERROR user=alice action=pay amount=oops
2024-01-01 10:05:00 INFO user=bob action=logout
"""

def read_lines(text):
    for number, line in enumerate(text.split("\n"), 1):
        yield number, line

def skip_blank_and_comments(lines):
    for number, line in lines:
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            yield number, stripped

def parse(lines):
    for number, line in lines:
        date, time, level, *fields = line.split()
        record = {"line": number, "time": time, "level": level}
        for f in fields:
            k, _, v = f.partition("=")
            record[k] = v
        yield record

def convert_amounts(records, errors):
    for r in records:
        if "amount" in r:
            try:
                r["amount"] = float(r["amount"])
            except ValueError as e:
                errors.append((r["line"], str(e)))
                continue
        yield r

def tee_count(records, counter):
    for r in records:
        counter[r["level"]] = counter.get(r["level"], 0) + 1
        yield r

def only(records, **wanted):
    for r in records:
        if all(r.get(k) == v for k, v in wanted.items()):
            yield r

errors = []
levels = {}
stages = tee_count(convert_amounts(parse(skip_blank_and_comments(read_lines(LOG))), errors), levels)
payments = only(stages, action="pay")
total = 0.0
for p in payments:
    print("payment line %d by %s: %.2f" % (p["line"], p["user"], p["amount"]))
    total += p["amount"]
print("total %.2f" % total)
print("levels", levels)
print("errors", errors)

# a sliding window and a running average as reusable stages
def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)

def running_average():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count

print(list(window(range(6), 3)))
ra = running_average()
next(ra)
print([ra.send(v) for v in [4, 8, 15, 16, 23, 42]])
users = sorted(dict.fromkeys(r["user"] for r in parse(skip_blank_and_comments(read_lines(LOG)))))
print(users)
