# f-string format specs: width, alignment, fill, sign, precision, grouping, types.
n = 1234567
x = 3.14159
s = 'hi'
print(f'[{n:>12}] [{n:<12}] [{n:^12}] [{n:*^12}]')
print(f'[{n:,}] [{n:_}] [{n:+d}] [{-n: d}] [{n:012d}]')
print(f'[{x:.2f}] [{x:10.3f}] [{x:<10.1f}] [{x:e}] [{x:.3g}] [{x:%}]')
print(f'[{s:5}] [{s:>5}] [{s:^6}] [{s:.1}]')
print(f'[{255:x}] [{255:X}] [{255:#x}] [{255:o}] [{255:#b}] [{65:c}]')
width = 8
prec = 2
print(f'[{x:{width}.{prec}f}] [{s:>{width}}]')
print(f'{1e20:.2f} {0.000012345:g} {-0.0:f} {1.5:.0f} {2.5:.0f}')
