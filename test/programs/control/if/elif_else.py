# if/elif/else selects exactly one branch; conditions can be any value.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'


for n in [-5, 0, 7, 42, 1000]:
    print(n, classify(n))
if []:
    print('not printed')
elif 'x':
    print('elif taken')
if 0:
    print('not printed')
x = 3
if x > 1:
    if x > 2:
        print('nested both')
    else:
        print('nested outer only')
