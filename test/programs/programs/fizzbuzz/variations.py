# FizzBuzz three ways: if/elif chain, string building, and a table of divisors in a dict.
def classic(n):
    if n % 15 == 0:
        return 'FizzBuzz'
    elif n % 3 == 0:
        return 'Fizz'
    elif n % 5 == 0:
        return 'Buzz'
    return str(n)


def built(n):
    s = ''
    if n % 3 == 0:
        s += 'Fizz'
    if n % 5 == 0:
        s += 'Buzz'
    return s or str(n)


def table(n, rules):
    s = ''
    for d, word in rules.items():
        if n % d == 0:
            s += word
    if s == '':
        return str(n)
    return s


out = []
for i in range(1, 31):
    out.append(classic(i))
print(' '.join(out))
same = True
for i in range(1, 1001):
    if classic(i) != built(i):
        same = False
print('classic == built for 1..1000:', same)
rules = {3: 'Fizz', 5: 'Buzz', 7: 'Bazz'}
for i in range(100, 110):
    print(i, table(i, rules))
counts = {}
for i in range(1, 101):
    w = classic(i)
    if not w.isdigit():
        counts[w] = counts.get(w, 0) + 1
print(counts)
