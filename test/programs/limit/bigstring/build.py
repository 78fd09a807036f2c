# Building a 10 MB string three ways: repeated +=, repetition and join. For s += t on a local
# with no other reference CPython grows the string in place, so the loop is linear; pyrite must
# be too (regression: the first build copied the whole string on every +=, quadratic).


def grow(n):
    s = ""
    for i in range(n):
        s += "0123456789"
    return s


s = grow(1000000)
print(len(s), s[:12], s[-3:])
t = "x" * 10000000
print(len(t))
parts = []
for i in range(200000):
    parts.append(str(i))
joined = ",".join(parts)
print(len(joined), joined[:20], joined[-13:])
alias = s
s += "!"
print(len(alias), len(s), alias[-1], s[-1])
