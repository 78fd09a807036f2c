# A class's __dict__ is a read-only mappingproxy: reads see the class namespace (and later
# setattr on the class), writes and deletes through it fail, repr wraps the dict's repr, and it
# supports len, in, iteration, get/keys/values/items/copy, == and | like the dict it shows.
class Shape:
    sides = 0
    name = 'shape'

    def area(self):
        return 0


proxy = Shape.__dict__
print(type(proxy).__name__, type(vars(Shape)).__name__, vars(Shape) == proxy)
print(proxy['sides'], proxy.get('name'), proxy.get('missing'), proxy.get('missing', 'dflt'))
print('area' in proxy, 'perimeter' in proxy, len(proxy) == len(list(proxy)))
print([k for k in proxy if not k.startswith('__')])
print([k for k in proxy.keys() if not k.startswith('__')], type(proxy.keys()).__name__)
print([v for k, v in proxy.items() if k == 'sides'], type(proxy.copy()).__name__)
print(sorted(k for k in proxy.copy() if not k.startswith('__')))

# The proxy is live: later class attribute changes show through it.
Shape.color = 'red'
print(proxy['color'], 'color' in proxy)
del Shape.color
print('color' in proxy)

# Writes and deletes through the proxy are refused.
for action in ('set', 'del', 'attr'):
    try:
        if action == 'set':
            proxy['sides'] = 3
        elif action == 'del':
            del proxy['sides']
        else:
            proxy.sides = 3
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
print(Shape.sides)

try:
    proxy['nope']
except KeyError as e:
    print('KeyError:', e)
try:
    hash(proxy)
except TypeError as e:
    print('TypeError:', e)

# A proxy of a plain dict, made directly.
mappingproxy = type(proxy)
p = mappingproxy({'b': 2, 'a': 1})
print(p, repr(p), str(p), len(p), list(p), list(reversed(p)))
print(p == {'b': 2, 'a': 1}, p != {'a': 1}, p | {'c': 3}, {'z': 0} | p, type(p | {}).__name__)
try:
    p |= {'c': 3}
except TypeError as e:
    print('TypeError:', e)
for bad in ([('a', 1)], (1, 2), 5):
    try:
        mappingproxy(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    mappingproxy()
except TypeError as e:
    print('TypeError:', e)

# Instances keep an ordinary, writable __dict__.
s = Shape()
s.__dict__['sides'] = 4
print(type(s.__dict__).__name__, s.sides, vars(s))
