# break and continue inside try/finally run the finally block each time.
out = []
for i in range(6):
    try:
        if i == 1:
            continue
        if i == 4:
            break
        out.append(i)
    finally:
        out.append('f%d' % i)
print(out)

out = []
for i in range(3):
    try:
        raise KeyError(i)
    except KeyError:
        continue
    finally:
        out.append(i)
print(out)

n = 0
while True:
    try:
        n += 1
        if n > 3:
            break
    finally:
        print('finally', n)
print('done', n)
