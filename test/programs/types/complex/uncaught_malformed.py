# An uncaught ValueError from parsing a complex literal read as text.
rows = ['1+2j', '  (3-4j) ', '5j', '6 + 7j']
total = 0j
for row in rows:
    total += complex(row)
    print(row.strip(), total)
