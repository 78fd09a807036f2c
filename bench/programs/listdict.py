# listdict: lists and dicts: appending, indexing, dict inserts and lookups with
# int and str keys, iteration, tuples, str join/split.


def build_words():
    base = "alpha beta gamma delta epsilon zeta eta theta iota kappa".split()
    words = []
    for a in base:
        for b in base:
            words.append(a + "-" + b)
    return words


def int_dict(n, rounds):
    # keys spread over [0, 1000003); kept to n = 50000 per dict because
    # MicroPython's open-addressing dict degrades on long probe runs
    total = 0
    hits = 0
    size = 0
    for r in range(rounds):
        d = {}
        mult = 7919 + r * 2
        for i in range(n):
            d[(i * mult) % 1000003] = i
        for k in d:
            total += d[k]
        for i in range(0, 3 * n, 3):
            if i in d:
                hits += 1
        size += len(d)
    return total, hits, size


def str_dict(words, rounds):
    counts = {}
    for r in range(rounds):
        for w in words:
            if w in counts:
                counts[w] = counts[w] + r
            else:
                counts[w] = r
    best = ""
    best_count = -1
    for k in counts:
        c = counts[k]
        if c > best_count or (c == best_count and k < best):
            best = k
            best_count = c
    return best, best_count, len(counts)


def list_work(n):
    xs = []
    for i in range(n):
        xs.append((i * 31) % 1000)
    s = 0
    for i in range(len(xs)):
        s += xs[i] * (i % 5)
    pairs = []
    for i in range(0, n, 2):
        pairs.append((xs[i], xs[i + 1]))
    t = 0
    for a, b in pairs:
        if a < b:
            t += b - a
        else:
            t -= 1
    ys = xs[:]
    ys.reverse()
    u = 0
    for i in range(0, n, 10):
        u += ys[i] - xs[i]
    return s, t, u, len(pairs)


def main():
    words = build_words()
    print("words", len(words), words[0], words[-1])
    a = int_dict(50000, 3)
    print("int_dict", a)
    b = str_dict(words, 2000)
    print("str_dict", b)
    c = list_work(200000)
    print("list_work", c)
    line = ",".join(words[:5])
    parts = line.split(",")
    print("join/split", len(line), len(parts), parts[4])
    if (a == (3749925000, 7527, 150000) and b == ("alpha-alpha", 1999000, 100)
            and c == (200200000, 3004000, 180000, 100000) and parts[4] == "alpha-epsilon"):
        print("ok")
    else:
        print("WRONG")


main()
