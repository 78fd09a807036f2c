# Automatic collection: with a low threshold, generation 0 is collected while cycles are made
# in a loop; disabled, it never is; a threshold of 0 also turns it off.
import gc


class Node:
    pass


gc.collect()
gc.set_threshold(50, 10, 10)
before = gc.get_stats()[0]["collections"]
for i in range(2000):
    a = Node()
    a.me = a
del a
runs = gc.get_stats()[0]["collections"] - before
print("collected automatically:", runs > 10)
gc.collect()

gc.disable()
before = gc.get_stats()[0]["collections"]
for i in range(2000):
    a = Node()
    a.me = a
del a
print("while disabled:", gc.get_stats()[0]["collections"] - before)
print("what was left:", gc.collect())
gc.enable()
gc.set_threshold(0)
before = gc.get_stats()[0]["collections"]
for i in range(2000):
    a = Node()
    a.me = a
del a
print("threshold 0:", gc.get_stats()[0]["collections"] - before)
print("left again:", gc.collect())
gc.set_threshold(700, 10, 10)
