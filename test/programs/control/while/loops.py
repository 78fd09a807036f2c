# while with break, continue and else (else runs only when the loop ends without break).
i = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print('odd', i)
print('after break, i =', i)
n = 0
while n < 3:
    n += 1
else:
    print('else ran, n =', n)
n = 0
while True:
    n += 1
    if n == 4:
        break
else:
    print('not printed')
print('done', n)
total = 0
k = 0
while k < 100000:
    total += k
    k += 1
print(total)
