# for with break, continue and else; nested loops where break leaves only the inner one.
for i in range(10):
    if i == 2:
        continue
    if i == 6:
        break
    print(i)
else:
    print('not printed')
for i in range(3):
    print('i', i)
else:
    print('else ran')
for x in []:
    print('not printed')
else:
    print('empty loop else ran')
for a in range(3):
    for b in range(3):
        if b > a:
            break
        print(a, b)
print('after', a, b)
