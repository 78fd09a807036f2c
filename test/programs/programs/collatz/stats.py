# Collatz sequences: step counts for 1..10000, the longest chain, and the highest peak.
def steps(n):
    count = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        count += 1
    return count


def peak(n):
    top = n
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        if n > top:
            top = n
    return top


def sequence(n):
    seq = [n]
    while n != 1:
        if n % 2:
            n = 3 * n + 1
        else:
            n //= 2
        seq.append(n)
    return seq


print(sequence(6))
print(sequence(27)[:12], len(sequence(27)))
best_n = 1
best_steps = 0
highest = 0
highest_n = 1
histogram = {}
total = 0
for n in range(1, 10001):
    s = steps(n)
    total += s
    if s > best_steps:
        best_steps = s
        best_n = n
    p = peak(n)
    if p > highest:
        highest = p
        highest_n = n
    bucket = s // 50
    histogram[bucket] = histogram.get(bucket, 0) + 1
print('longest chain below 10001:', best_n, 'with', best_steps, 'steps')
print('highest peak:', highest, 'reached from', highest_n)
print('mean steps:', total / 10000)
for bucket in range(0, 6):
    lo = bucket * 50
    print(str(lo) + '-' + str(lo + 49), histogram.get(bucket, 0))
