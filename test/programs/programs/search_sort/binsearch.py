# Insertion sort and binary search on ints and strs, checked against list.sort and linear search.
def insertion_sort(items):
    out = items[:]
    for i in range(1, len(out)):
        key = out[i]
        j = i - 1
        while j >= 0 and out[j] > key:
            out[j + 1] = out[j]
            j -= 1
        out[j + 1] = key
    return out


def binary_search(items, target):
    lo = 0
    hi = len(items) - 1
    probes = 0
    while lo <= hi:
        mid = (lo + hi) // 2
        probes += 1
        if items[mid] == target:
            return mid, probes
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, probes


def pseudo_random(seed, count):
    # A linear congruential generator: deterministic "random" data.
    values = []
    x = seed
    for i in range(count):
        x = (x * 1103515245 + 12345) % 2147483648
        values.append(x % 1000)
    return values


data = pseudo_random(42, 200)
print(data[:10])
s = insertion_sort(data)
check = data[:]
check.sort()
print('sorted ok:', s == check, 'original untouched:', data[:3])
print('min', s[0], 'max', s[-1], 'median', s[100])
for target in [s[0], s[57], s[-1], 1000, -1]:
    idx, probes = binary_search(s, target)
    found = idx >= 0 and s[idx] == target
    print('target', target, 'found', found, 'probes', probes)
words = insertion_sort(['kiwi', 'apple', 'fig', 'date', 'cherry', 'banana', 'elder'])
print(words)
print(binary_search(words, 'date'), binary_search(words, 'grape'))
