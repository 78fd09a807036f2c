import sys
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
try:
    depth(500)
except RecursionError as e:
    print('RecursionError:', e)
sys.setrecursionlimit(2000)
print(depth(1500))
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    sys.setrecursionlimit('x')
except TypeError as e:
    print('TypeError:', e)
def deep(n):
    if n == 0:
        try:
            sys.setrecursionlimit(10)
        except RecursionError as e:
            print('RecursionError:', str(e).split(':')[0])
        return
    deep(n - 1)
deep(30)
print(sys.getrecursionlimit())
