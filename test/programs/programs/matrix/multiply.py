# Matrix arithmetic with lists of lists: multiply, transpose, identity, power, and pretty print.
def zeros(rows, cols):
    m = []
    for i in range(rows):
        m.append([0] * cols)
    return m


def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m


def multiply(a, b):
    rows = len(a)
    inner = len(b)
    cols = len(b[0])
    out = zeros(rows, cols)
    for i in range(rows):
        for j in range(cols):
            total = 0
            for k in range(inner):
                total += a[i][k] * b[k][j]
            out[i][j] = total
    return out


def transpose(m):
    out = zeros(len(m[0]), len(m))
    for i in range(len(m)):
        for j in range(len(m[0])):
            out[j][i] = m[i][j]
    return out


def power(m, e):
    result = identity(len(m))
    while e > 0:
        if e % 2 == 1:
            result = multiply(result, m)
        e //= 2
        if e > 0:
            m = multiply(m, m)
    return result


def show(m):
    for row in m:
        cells = []
        for x in row:
            cells.append(str(x))
        print('[' + ' '.join(cells) + ']')


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(multiply(a, b))
show(transpose(a))
show(multiply(identity(3), b))
fib = [[1, 1], [1, 0]]
print('fib(90) =', power(fib, 90)[0][1])
h = [[1.0, 0.5], [0.5, 1 / 3]]
show(multiply(h, h))
print(multiply(a, b) == transpose(multiply(transpose(b), transpose(a))))
