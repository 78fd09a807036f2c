# Word frequencies of a short text, counted in a dict; the most frequent words are picked by a
# simple selection (most frequent first, ties in alphabetical order).

TEXT = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs away
a quick brown dog and a lazy fox"""


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for word in line.split():
            if word in counts:
                counts[word] = counts[word] + 1
            else:
                counts[word] = 1
    return counts


def top(counts, k):
    pairs = []
    for word in counts:
        pairs.append((counts[word], word))
    result = []
    while len(result) < k and len(pairs) > 0:
        best = 0
        for i in range(1, len(pairs)):
            n, w = pairs[i]
            bn, bw = pairs[best]
            if n > bn or (n == bn and w < bw):
                best = i
        result.append(pairs[best])
        pairs = pairs[:best] + pairs[best + 1:]
    return result


counts = count_words(TEXT)
print(len(counts), "distinct words")
total = 0
for word in counts:
    total = total + counts[word]
for n, word in top(counts, 5):
    print(word, "#" * n, n, n / total)
print("total words:", total)
