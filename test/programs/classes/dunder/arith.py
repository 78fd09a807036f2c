# Binary arithmetic special methods through their operators: + - * / // % ** @ << >> & | ^,
# divmod() and pow() with three arguments, on a small wrapper class Num.
class Num:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return 'Num(' + repr(self.v) + ')'

    def _val(self, other):
        return other.v if isinstance(other, Num) else other

    def __add__(self, o): return Num(self.v + self._val(o))
    def __sub__(self, o): return Num(self.v - self._val(o))
    def __mul__(self, o): return Num(self.v * self._val(o))
    def __truediv__(self, o): return Num(self.v / self._val(o))
    def __floordiv__(self, o): return Num(self.v // self._val(o))
    def __mod__(self, o): return Num(self.v % self._val(o))
    def __pow__(self, o, mod=None):
        if mod is None:
            return Num(self.v ** self._val(o))
        return Num(pow(self.v, self._val(o), mod))
    def __matmul__(self, o): return 'matmul(' + repr(self.v) + ', ' + repr(self._val(o)) + ')'
    def __lshift__(self, o): return Num(self.v << self._val(o))
    def __rshift__(self, o): return Num(self.v >> self._val(o))
    def __and__(self, o): return Num(self.v & self._val(o))
    def __or__(self, o): return Num(self.v | self._val(o))
    def __xor__(self, o): return Num(self.v ^ self._val(o))
    def __divmod__(self, o):
        q, r = divmod(self.v, self._val(o))
        return (Num(q), Num(r))


a = Num(17)
b = Num(5)
print(a + b, a - b, a * b)
print(a / b, a // b, a % b)
print(a ** 2, pow(a, 2), pow(a, 3, 7), pow(a, b, 10))
print(a @ b, a @ 3)
print(a << 2, a >> 1, a & b, a | b, a ^ b)
print(divmod(a, b), divmod(Num(-17), 5))
print(a + 1, a - 1.5, a * 0.5)

# Expression precedence with user types follows the normal rules.
print(a + b * 2, (a + b) * 2, a - b - b, a ** 2 ** 1)

# Results of user operations can be fed back in.
total = Num(0)
for i in range(1, 6):
    total = total + i * i
print(total)


# Methods may return anything, including non-Num values.
class Weird:
    def __add__(self, o):
        return 'added ' + str(o)

    def __mul__(self, o):
        return [o] * 2

    def __sub__(self, o):
        return None


w = Weird()
print(w + 1, w * 'x', w - 0)

# The method is looked up on the type, not the instance.
w.__add__ = lambda o: 'instance add'
print(w + 2, w.__add__(3))

# Operators with left operand a builtin and no reflected method fail.
try:
    1 + a
except TypeError as e:
    print('TypeError:', e)
try:
    a < b
except TypeError as e:
    print('TypeError:', e)
