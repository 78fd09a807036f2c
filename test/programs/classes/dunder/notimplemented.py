# NotImplemented fallbacks: each side's method is tried once in the right order, the truth of
# NotImplemented is never used as a result, and the TypeError text names both operand types.
trace = []


class A:
    def __add__(self, o):
        trace.append('A.__add__')
        return NotImplemented

    def __radd__(self, o):
        trace.append('A.__radd__')
        return NotImplemented

    def __mul__(self, o):
        trace.append('A.__mul__')
        return NotImplemented


class B:
    def __radd__(self, o):
        trace.append('B.__radd__')
        return 'B handled it'

    def __rmul__(self, o):
        trace.append('B.__rmul__')
        return NotImplemented


print(A() + B(), trace)
trace.clear()
try:
    A() * B()
except TypeError as e:
    print('TypeError:', e, trace)
trace.clear()
try:
    A() + A()
except TypeError as e:
    print('TypeError:', e, trace)
trace.clear()
try:
    B() + A()
except TypeError as e:
    print('TypeError:', e, trace)
trace.clear()

# Messages for each operator with user types.
class Plain:
    pass


p = Plain()
ops = [
    ('+', lambda: p + 1), ('-', lambda: p - 1), ('*', lambda: p * 1), ('/', lambda: p / 1),
    ('//', lambda: p // 1), ('%', lambda: p % 1), ('**', lambda: p ** 1), ('<<', lambda: p << 1),
    ('>>', lambda: p >> 1), ('&', lambda: p & 1), ('|', lambda: p | 1), ('^', lambda: p ^ 1),
    ('@', lambda: p @ 1), ('divmod', lambda: divmod(p, 1)), ('pow3', lambda: pow(p, 2, 3)),
    ('r+', lambda: 1.5 + p), ('r*', lambda: 'x' * p), ('unary-', lambda: -p), ('~', lambda: ~p),
    ('abs', lambda: abs(p)),
]
for name, fn in ops:
    try:
        fn()
        print(name, 'no error?')
    except TypeError as e:
        print(name, '->', e)


# In-place operator message.
def iadd():
    x = Plain()
    x += 1


try:
    iadd()
except TypeError as e:
    print('+= ->', e)


# NotImplemented is a singleton with a name.
print(NotImplemented is NotImplemented, type(NotImplemented).__name__, repr(NotImplemented))

# Comparisons returning NotImplemented on both sides: == falls back to identity, < raises.
class C:
    def __eq__(self, o):
        trace.append('C.__eq__')
        return NotImplemented

    def __lt__(self, o):
        trace.append('C.__lt__')
        return NotImplemented


c1 = C()
c2 = C()
print(c1 == c2, c1 == c1, c1 != c2, trace)
trace.clear()
try:
    c1 < c2
except TypeError as e:
    print('TypeError:', e, trace)
