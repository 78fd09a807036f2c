# Augmented assignment with complex targets and operands (complex has no in-place slots: each
# one makes a new object, so aliases keep their value).
z = 1 + 1j
alias = z
z += 1
print(z, alias, z is alias)
z -= 2j
print(z)
z *= 1j
print(z)
z /= 2
print(z)
z **= 2
print(z)
n = 3
n += 1j
print(n, type(n).__name__)
f = 1.5
f *= 2j
print(f)
acc = 0
for k in range(5):
    acc += (1j) ** k
print(acc)
vals = [1j, 2, 3.5]
vals[0] *= vals[0]
vals[1] /= 1j
vals[2] -= 0.5j
print(vals)
try:
    z //= 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    z %= 2
except TypeError as e:
    print(type(e).__name__, e)
print(z)
