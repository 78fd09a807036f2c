# DEBUG_COLLECTABLE writes one "gc: collectable <type 0x...>" line to sys.stderr per object
# found (addresses differ from run to run: they are cut off here).
import gc
import sys
gc.disable()
gc.collect()
lines = []


class Capture:
    def write(self, s):
        lines.append(s)
        return len(s)

    def flush(self):
        pass


class Node:
    pass


n = Node()
n.me = n
l = []
l.append(l)
d = {}
d["d"] = d
del n, l, d
gc.set_debug(gc.DEBUG_COLLECTABLE)
sys.stderr = Capture()
found = gc.collect()
sys.stderr = sys.__stderr__
gc.set_debug(0)
print("found:", found)
for line in lines:
    print(repr(line.split(" 0x")[0]), line.endswith(">\n"))
