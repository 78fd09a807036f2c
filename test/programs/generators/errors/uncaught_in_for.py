# An exception inside a generator driven by a for loop: both frames in the traceback.
def parse(lines):
    for line in lines:
        yield int(line)

total = 0
for n in parse(["1", "2", "x3"]):
    total += n
    print(total)
