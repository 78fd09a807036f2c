# 100,000 small cycles made in a loop: without automatic collection they would pile up
# (millions of blocks); with it, every ~700 new containers a young collection frees them.
total = 0
for i in range(100000):
    a = [i]
    b = {'a': a}
    a.append(b)
    total += len(a)
print(total)
del a, b
print("done")
