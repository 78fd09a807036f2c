# Weak references compare by referent while both live, by identity once either died; their
# hash is the referent's, remembered after it died.
import weakref


class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v

    def __hash__(self):
        return hash(self.v)


a, b, c = Key(1), Key(1), Key(2)
ra, rb, rc = weakref.ref(a), weakref.ref(b), weakref.ref(c)
print(ra == rb, ra != rb, ra == rc, ra is rb)
print(hash(ra) == hash(1), hash(rb) == hash(ra))
print(ra == a, ra == 1)
h = hash(ra)
del a
print(ra == rb, ra == ra, hash(ra) == h)
d = {rb: "b", rc: "c"}
print(d[weakref.ref(b)], weakref.ref(c) in d)
del c
try:
    hash(rc)
    print("hash kept")
except TypeError as e:
    print(e)
x = Key(5)
rx = weakref.ref(x)
del x
try:
    hash(rx)
except TypeError as e:
    print("TypeError", e)
print(rx == rx, rx != weakref.ref(b))
