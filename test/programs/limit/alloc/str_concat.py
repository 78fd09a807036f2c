# Building a long str by repeated += (each step may copy), then slicing it back apart.
s = ''
for i in range(20000):
    s += str(i % 10)
print(len(s), s[:25], s[-5:])
parts = []
for i in range(0, len(s), 5000):
    parts.append(s[i:i + 5000])
print(len(parts), len(''.join(parts)) == len(s))
words = ''
for i in range(3000):
    words = words + 'w' + str(i) + ' '
print(len(words.split()), words.split()[2999])
