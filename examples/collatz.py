# The longest Collatz chain below a bound, with a memo table in a dict.

def chain_length(n, memo):
    steps = 0
    start = n
    path = []
    while n != 1 and n not in memo:
        path.append(n)
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    total = steps + memo.get(n, 0)
    for i in range(len(path)):
        memo[path[i]] = total - i
    return memo.get(start, 0)


memo = {1: 0}
best = 1
best_len = 0
for n in range(1, 30000):
    length = chain_length(n, memo)
    if length > best_len:
        best = n
        best_len = length
print("longest chain below 30000 starts at", best, "with", best_len, "steps")
print("memo size:", len(memo))
x = 1.5
for i in range(5):
    x = x * x - 1.0
    print(i, x)
