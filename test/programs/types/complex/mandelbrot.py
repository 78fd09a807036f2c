# A realistic program: an ASCII Mandelbrot set and escape-time statistics, all in complex
# arithmetic (z*z + c, abs).
def escape_time(c, limit=60):
    z = 0j
    for n in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return n
    return limit

rows = []
counts = {}
for y in range(12, -13, -2):
    line = []
    for x in range(-40, 17):
        c = complex(x / 20, y / 12)
        n = escape_time(c)
        counts[n] = counts.get(n, 0) + 1
        line.append(' .:-=+*#%@'[min(n, 59) * 10 // 60])
    rows.append(''.join(line))
print('\n'.join(rows))
print(sorted(counts.items())[:8], sum(counts.values()))
inside = [complex(x / 10, y / 10) for x in range(-20, 6) for y in range(-10, 11)
          if escape_time(complex(x / 10, y / 10)) == 60]
print(len(inside), min(inside, key=abs), max(inside, key=lambda c: c.imag))
print(sum(inside) / len(inside))
