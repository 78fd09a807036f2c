# Reads a data file committed next to the program (inventory.txt; the program's directory is
# the working directory) and reports on it: a small realistic parser.
with open('inventory.txt') as f:
    rows = []
    for lineno, line in enumerate(f, 1):
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        name, qty, price = [part.strip() for part in line.split(',')]
        rows.append((name, int(qty), float(price)))

width = max(len(name) for name, _, _ in rows)
grand = 0.0
for name, qty, price in sorted(rows, key=lambda r: -r[1] * r[2]):
    value = qty * price
    grand += value
    print(f'{name:<{width}}  {qty:>4} x {price:5.2f} = {value:7.2f}')
print(f'{"total":<{width}}  {sum(r[1] for r in rows):>4}{"":11}{grand:7.2f}')

with open('inventory.txt', 'rb') as f:
    raw = f.read()
print(len(raw), raw.count(b'\n'), raw.splitlines()[1])
with open('inventory.txt') as f:
    print(f.name, f.readable(), f.writable(), len(f.readlines()))
