# Constant frozensets the compiler makes: `x in {...}`, `for x in {...}`, set displays of consts.
for x in [1, 5, 'a', (1, 2), None]:
    print(x in {1, 2, 3, 4}, x in {'a', 'b', 'c'}, x in {(1, 2), None, 9.5})
for w in {'apple', 'banana', 'cherry', 'date'}:
    print(w, end=' ')
print()
for n in {40, 30, 20, 10, 0, 8, 16}:
    print(n, end=' ')
print()
print({'apple', 'banana', 'cherry', 'date'})
print({'red', 'green', 'blue', 'cyan', 'magenta', 'yellow', 'black', 'white'})
print({1, 2, 3, 1, 2, 3}, {1, 1.0, True, 2}, {True, 1, 2})
print({(1, 2), (3, 4), (5, 6), ()})
print({'x', 'y', 'z'} | {'w'}, sorted({'one', 'two', 'three'}))
def f(v):
    return v in {'GET', 'POST', 'PUT', 'DELETE'}
print(f('GET'), f('get'), f('PATCH'))
print([c for c in 'hello world' if c in {'a', 'e', 'i', 'o', 'u'}])
print({-1, -2, -3, 2**62, 2**40})
print({0.5, 0.25, 0.125})
