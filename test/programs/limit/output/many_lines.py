# 200000 lines of output (about 1.3 MB): nothing may be lost, reordered or duplicated.
for i in range(200000):
    print(i)
print('done')
