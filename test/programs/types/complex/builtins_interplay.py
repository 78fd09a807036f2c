# Builtins meeting complex: int()/float()/round() refuse it, math functions want real numbers,
# sum/abs/pow/isinstance work, and the numbers-free parts of copy and operator.
import math, operator, copy
z = 3 + 4j
for f in (lambda: int(z), lambda: float(z), lambda: round(z), lambda: round(z, 1),
          lambda: math.sqrt(z), lambda: math.floor(z), lambda: math.isnan(z), lambda: math.exp(1j),
          lambda: math.fsum([1j]), lambda: math.hypot(1j), lambda: math.isclose(1j, 1j),
          lambda: math.trunc(z), lambda: int('1j'), lambda: float('1j'), lambda: hex(z),
          lambda: range(1j), lambda: [1][z], lambda: 'ab' * z, lambda: chr(z)):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sum([1j, 2]), sum([1j, 2.5, True], 1j), sum([0.1j] * 10), sum([], 0j), sum((z, z, z)))
print(abs(z), pow(z, 2), pow(2, z), pow(z, -1), pow(base=1j, exp=2))
print(isinstance(z, complex), isinstance(1, complex), issubclass(complex, object), z.__class__)
print(isinstance(z, (int, float)), type(z) is complex, callable(complex))
print(max([1j, 2j], key=lambda w: w.imag), min(1 + 1j, -3j, key=abs), sorted([2j, -1j], key=abs))
print(operator.add(1j, 2), operator.truediv(1, 1j), operator.neg(1j), operator.mul(z, z))
print(copy.copy(z) is z, copy.deepcopy([z, (z,)]), list(map(complex, ['1', '2j', 3])))
print(divmod(7, 2), [complex(x) for x in range(3)], dict(a=1j), str(z), repr(z), bool(z))
print(hash(z) == hash(complex(3, 4)), id(z) == id(z), len(str(z)), z in {z: 1})
