# gcd and lcm of any number of arguments; every argument goes through __index__.
import math

print(math.gcd(), math.lcm(), math.gcd(0), math.lcm(0), math.gcd(-12), math.lcm(-12))
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(12, -18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(7, 13))
print(math.gcd(12, 18, 27), math.gcd(2 ** 40, 2 ** 20 * 3, 2 ** 30 * 5), math.gcd(*range(6, 100, 6)))
print(math.lcm(4, 6), math.lcm(-4, 6), math.lcm(4, 6, 10), math.lcm(*range(1, 21)), math.lcm(0, 5, 7))
print(math.gcd(9223372036854775807, 9223372036854775807), math.gcd(9223372036854775807, 7 * 73))
print(math.lcm(2 ** 31, 3 ** 19), math.gcd(True, 4), math.lcm(True, True), type(math.gcd(True)).__name__)

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v

print(math.gcd(Idx(24), Idx(36)), math.lcm(Idx(3), 4), math.gcd(Idx(-5)))

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('float', lambda: math.gcd(2.0, 4))
attempt('str second', lambda: math.gcd(2, '4'))
attempt('after one', lambda: math.gcd(1, 5, 'x'))
attempt('lcm float', lambda: math.lcm(4, 6.0))
attempt('lcm after zero', lambda: math.lcm(0, 'x'))
attempt('keyword', lambda: math.gcd(a=1))
attempt('lcm keyword', lambda: math.lcm(1, b=2))
