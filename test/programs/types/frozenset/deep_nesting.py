# 100000 nested frozensets: built and freed without exhausting the Wasm stack; comparing or
# printing them raises RecursionError as CPython does.
def build(n):
    d = frozenset()
    for i in range(n):
        d = frozenset([d, i])
    return d
a = build(100000)
b = build(100000)
print(len(a), hash(a) == hash(b), a is b)
try:
    print(a == b)
except RecursionError as e:
    print('RecursionError:', e)
try:
    print(repr(a)[:20])
except RecursionError as e:
    print('RecursionError:', e)
try:
    s = {a, b}
except RecursionError as e:
    print('RecursionError:', e)
print(len({a}), a in {a})
del a, b
chain = set()
for i in range(50000):
    chain = {frozenset(chain), i}
print(len(chain), len(frozenset(chain)))
del chain
print('freed')
