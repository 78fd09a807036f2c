# A chain of a million lists closed into one ring: one collection finds all of it unreachable.
# The collector is iterative (no recursion on the Wasm stack), and freeing the ring goes
# through the trashcan, so neither needs a deep stack.
head = []
cur = head
for i in range(1000000):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
cur.append(head)
print(cur[0], cur[1] is head)
del head, cur, nxt
print("done")
