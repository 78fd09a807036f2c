# A builtin sequence on the left of +, *, += or *= lets the right operand's reflected method
# (__radd__, __rmul__) answer before it concatenates, repeats or extends, as CPython tries every
# number slot before the sequence ones; this holds for subclasses of list, tuple and str that
# define them; otherwise list += extends with any iterable and the usual TypeErrors remain.
class Right:
    def __radd__(self, other):
        return 'Right.__radd__(' + type(other).__name__ + ')'

    def __rmul__(self, other):
        return 'Right.__rmul__(' + type(other).__name__ + ')'


class MyList(list):
    def __radd__(self, other):
        return 'MyList.__radd__'

    def __rmul__(self, other):
        return 'MyList.__rmul__'


class MyTuple(tuple):
    def __radd__(self, other):
        return 'MyTuple.__radd__'


class MyStr(str):
    def __radd__(self, other):
        return 'MyStr.__radd__'

    def __rmul__(self, other):
        return 'MyStr.__rmul__'


class Plain:
    pass


print([1] + Right(), (1,) + Right(), 'a' + Right(), [1] * Right(), 'ab' * Right())
x = [1]
x += Right()
y = [1]
y *= Right()
z = (1,)
z += Right()
print(x, y, z)
print([1] + MyList([2]), (1,) + MyTuple((2,)), 'a' + MyStr('b'), 3 * MyStr('x'), 2 * MyList([1]))
print(MyList([1]) + [2], MyTuple((1,)) + (2,), repr(MyStr('a') + 'b'), type(MyStr('a') + 'b').__name__)
w = [1]
w += MyList([2])
print(w)
v = [1]
v += (2, 3)
v += 'ab'
v += {'k': 0}
v *= 2
print(v)
for label, f in (('list + plain', lambda: [1] + Plain()), ('tuple + plain', lambda: (1,) + Plain()),
                 ('str + plain', lambda: 'a' + Plain()), ('list + tuple', lambda: [1] + (2,)),
                 ('str + int', lambda: 'a' + 1), ('list * plain', lambda: [1] * Plain())):
    try:
        print(label, f())
    except TypeError as e:
        print(label, '->', e)


def iadd_plain():
    u = [1]
    u += Plain()


def imul_plain():
    u = [1]
    u *= Plain()


for f in (iadd_plain, imul_plain):
    try:
        f()
    except TypeError as e:
        print(f.__name__, '->', e)
