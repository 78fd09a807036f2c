# A word-frequency report: Counter over normalised words, most_common with ties in first-seen
# order, per-letter statistics with defaultdict, and a bar chart.
from collections import Counter, defaultdict
import string

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the epoch
of incredulity, it was the season of Light, it was the season of Darkness, it was the
spring of hope, it was the winter of despair, we had everything before us, we had
nothing before us, we were all going direct to Heaven, we were all going direct the
other way -- in short, the period was so far like the present period."""

STOP = {'it', 'was', 'the', 'of', 'we', 'to', 'in', 'so', 'us', 'all', 'had', 'were'}


def words(text):
    for raw in text.split():
        word = raw.strip(string.punctuation).lower()
        if word:
            yield word


counts = Counter(words(TEXT))
print('distinct words:', len(counts), 'total:', counts.total())
print('top 5:', counts.most_common(5))

content = Counter({w: n for w, n in counts.items() if w not in STOP})
width = max(len(w) for w, _ in content.most_common(8))
for word, n in content.most_common(8):
    print(word.ljust(width), '#' * n, n)

by_letter = defaultdict(list)
for word in sorted(content):
    by_letter[word[0]].append(word)
for letter in sorted(by_letter)[:6]:
    print(letter, by_letter[letter])

lengths = Counter(len(w) for w in words(TEXT))
print('lengths:', sorted(lengths.items()))
print('longest:', max(counts, key=len), 'hapaxes:', sum(1 for n in counts.values() if n == 1))

first_half = Counter(words(TEXT[:len(TEXT) // 2]))
second_half = Counter(words(TEXT[len(TEXT) // 2:]))
print('only early:', sorted((first_half - second_half).keys())[:5])
print('both halves:', sorted((first_half & second_half).keys()))
print((first_half + second_half) == counts, +counts == counts)
