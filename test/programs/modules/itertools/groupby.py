# groupby: consecutive runs, key functions, groups that become empty once the groupby moves
# on, and a sorted-then-grouped report.
from itertools import groupby

print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
print([(k, list(g)) for k, g in groupby(range(10), key=lambda x: x // 4)])
print(list(groupby([])))

it = groupby('aabbbc')
k1, g1 = next(it)
k2, g2 = next(it)
print(k1, list(g1), k2, next(g2))
k3, g3 = next(it)
print(list(g2), k3, list(g3))

# a group read partially: the rest is skipped
groups = []
for key, grp in groupby('xxxyyz'):
    groups.append((key, next(grp)))
print(groups)

words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
for letter, grp in groupby(sorted(words), key=lambda w: w[0]):
    members = list(grp)
    print(letter, len(members), ', '.join(members))

records = [('2024-01', 5), ('2024-01', 7), ('2024-02', 1), ('2024-03', 4), ('2024-03', 4)]
totals = {month: sum(v for _, v in grp) for month, grp in groupby(records, key=lambda r: r[0])}
print(totals)

# equal but not identical keys join a group; NaN keys never equal each other
print([(k, len(list(g))) for k, g in groupby([1, 1.0, True, 2])])
nan = float('nan')
print([len(list(g)) for k, g in groupby([nan, nan, float('nan')])])
try:
    groupby(5)
except TypeError as e:
    print('TypeError', e)
