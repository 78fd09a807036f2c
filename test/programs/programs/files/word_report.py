# A realistic program over files: counts the words of a text file, writes a report file with
# the top words and a histogram, then reads the report back and checks it; removes its files.
import os

TEXT = '_tmp_words_source.txt'
REPORT = '_tmp_words_report.txt'

passage = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""

with open(TEXT, 'w') as f:
    f.write(passage)

counts = {}
with open(TEXT) as f:
    for line in f:
        for raw in line.split():
            word = raw.strip('.,').lower()
            counts[word] = counts.get(word, 0) + 1

ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
with open(REPORT, 'w') as out:
    out.write(f'{len(counts)} distinct words, {sum(counts.values())} in all\n')
    for word, n in ranked[:6]:
        print(f'{word:>8} {n:3d} {"#" * n}', file=out)

with open(REPORT) as f:
    header = f.readline()
    rows = [line.rstrip('\n') for line in f]
print(header, end='')
for row in rows:
    print(row)
total = sum(int(row.split()[1]) for row in rows)
print('top six cover', total, 'words')

with open(REPORT, 'a') as out:
    out.write('end of report\n')
with open(REPORT, 'rb') as f:
    data = f.read()
print(len(data), data.count(b'\n'), data.splitlines()[-1])

for name in (TEXT, REPORT):
    os.remove(name)
print(sorted(n for n in os.listdir('.') if n.startswith('_tmp_words')))
