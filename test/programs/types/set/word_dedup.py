# A real program: deduplicate words, keep first-seen order, and compare vocabularies.
text1 = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity"""
text2 = """It is a truth universally acknowledged, that a single man in possession of a good
fortune, must be in want of a wife"""

def words(text):
    out = []
    for raw in text.split():
        w = raw.strip('.,;').lower()
        if w:
            out.append(w)
    return out

w1, w2 = words(text1), words(text2)
seen = set()
order = []
for w in w1:
    if w not in seen:
        seen.add(w)
        order.append(w)
print(len(w1), len(seen), order)
v1, v2 = set(w1), set(w2)
print(sorted(v1 & v2), len(v1 | v2), sorted(v1 - v2)[:5], sorted(v2 - v1)[:5])
print(sorted(v1 ^ v2)[:8])
stop = frozenset(['it', 'was', 'the', 'of', 'a', 'in', 'that', 'is', 'be'])
print(sorted(v1 - stop), sorted(v2 - stop))
print(v1.isdisjoint(v2), stop <= v1 | v2, stop & v1 < stop)
letters = set(''.join(w1))
print(''.join(sorted(letters)), len(letters), set('aeiou') <= letters)
counts = {}
for w in w1:
    counts[w] = counts.get(w, 0) + 1
print(sorted({w for w, c in counts.items() if c > 1}))
