# A nested function that refers to itself lives in a cell of its own closure:
# function -> closure tuple -> cell -> function. Tuples have no CLEAR; the cell's (or the
# function's) breaks the cycle.
def outer(n):
    def countdown(k):
        return [] if k == 0 else [k] + countdown(k - 1)
    return countdown(n)

for i in range(2000):
    r = outer(i % 7)
print(r)

def make_pair():
    def ping(n):
        return 'ping' if n == 0 else pong(n - 1)
    def pong(n):
        return 'pong' if n == 0 else ping(n - 1)
    return ping
print(make_pair()(5), make_pair()(6))
print("done")
