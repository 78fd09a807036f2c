# Word frequency over a paragraph: normalise, count with a dict, rank by count then word.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""


def normalise(text):
    out = ''
    for ch in text.lower():
        if ch.isalpha() or ch == ' ' or ch == '\n':
            out += ch
    return out


def count_words(text):
    counts = {}
    for word in normalise(text).split():
        counts[word] = counts.get(word, 0) + 1
    return counts


def ranked(counts):
    # Insertion sort on (-count, word) tuples: highest count first, ties alphabetical.
    rows = []
    for word, n in counts.items():
        row = (-n, word)
        i = len(rows)
        rows.append(row)
        while i > 0 and rows[i - 1] > row:
            rows[i] = rows[i - 1]
            i -= 1
        rows[i] = row
    return rows


counts = count_words(TEXT)
print('distinct words:', len(counts))
total = 0
for n in counts.values():
    total += n
print('total words:', total)
for neg, word in ranked(counts)[:8]:
    print(word, '-' * -neg, -neg)
longest = ''
for word in counts:
    if len(word) > len(longest):
        longest = word
print('longest word:', longest, len(longest))
first = []
for word in counts.keys():
    first.append(word)
print('first seen:', first[:6])
