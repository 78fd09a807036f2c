# Default parameter values, overridden positionally; defaults are evaluated once.
def power(base, exp=2):
    return base ** exp


def label(text, left='[', right=']'):
    return left + text + right


print(power(3), power(3, 3))
print(label('a'), label('b', '<'), label('c', '(', ')'))
N = 10


def get_n(n=N):
    return n


N = 20
print(get_n())


def append_to(x, acc=[]):
    acc.append(x)
    return acc


print(append_to(1))
print(append_to(2))
print(append_to(3, []))
