# A text report formatter: column widths, alignment, totals, grouping with dicts.
sales = [
    ('north', 'widget', 12, 2.5),
    ('south', 'gadget', 3, 19.99),
    ('north', 'gadget', 7, 19.99),
    ('east', 'widget', 40, 2.25),
    ('south', 'widget', 1, 2.5),
    ('east', 'doohickey', 2, 105.0),
]


def money(x):
    return f'${x:,.2f}'


def table(headers, rows, aligns):
    cols = list(zip(*([headers] + rows)))
    widths = [max([len(str(c)) for c in col]) for col in cols]
    def fmt(row):
        cells = []
        for cell, w, a in zip(row, widths, aligns):
            cells.append(format(str(cell), a + str(w)))
        return '| ' + ' | '.join(cells) + ' |'
    sep = '+' + '+'.join(['-' * (w + 2) for w in widths]) + '+'
    out = [sep, fmt(headers), sep.replace('-', '=')]
    out += [fmt(r) for r in rows]
    out.append(sep)
    return '\n'.join(out)


rows = []
by_region = {}
for region, item, qty, price in sorted(sales, key=lambda s: (s[0], -s[2] * s[3])):
    total = qty * price
    by_region[region] = by_region.get(region, 0) + total
    rows.append([region.title(), item, qty, money(price), money(total)])
print(table(['Region', 'Item', 'Qty', 'Price', 'Total'], rows, ['<', '<', '>', '>', '>']))
print()
grand = sum(by_region.values())
for region, total in sorted(by_region.items(), key=lambda kv: kv[1], reverse=True):
    share = total / grand
    bar = '#' * round(share * 30)
    print('%-6s %12s %6.1f%% %s' % (region, money(total), share * 100, bar))
print('{:>27}'.format('grand total: ' + money(grand)))
best = max(sales, key=lambda s: s[2] * s[3])
print(f'best line: {best[1]!r} in {best[0]} ({money(best[2] * best[3])})')
print(f"{'END':=^30}")
