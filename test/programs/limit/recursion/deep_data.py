# Recursion through data, not frames: repr, == and str of 100,000-deep nesting raise
# RecursionError at the recursion limit (regression: they exhausted the Wasm stack).
x = []
for i in range(100000):
    x = [x]
try:
    print(len(repr(x)))
except RecursionError as e:
    print("RecursionError:", e)
a = []
b = []
for i in range(100000):
    a = [a]
    b = [b]
try:
    print(a == b)
except RecursionError as e:
    print("RecursionError:", e)
d = {}
for i in range(100000):
    d = {"k": d}
try:
    print(len(str(d)))
except RecursionError as e:
    print("RecursionError:", e)
print("still alive")
