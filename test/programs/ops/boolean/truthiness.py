# Truth value of each basic type in if, not and while.
values = [0, 1, -1, 0.0, 0.5, '', 'a', ' ', [], [0], (), (0,), {}, {'k': 0}, None, True, False]
for v in values:
    if v:
        print(repr(v), 'is true')
    else:
        print(repr(v), 'is false')
print(not [], not [[]])
n = 3
while n:
    print('n =', n)
    n -= 1
