# A list that contains itself: refcounting alone can never free it. The leak check after the
# program proves the cycle collector reclaimed it (at the end of the run, or earlier).
l = []
l.append(l)
print(l)
print(l[0] is l, len(l))
del l
m = [1, 2]
m.append(m)
m.append([m, [m]])
print(m[2] is m, m[3][1][0] is m)
del m
print("done")
