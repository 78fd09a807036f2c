# A class's __dict__ is a read-only mappingproxy over its namespace: it sees later class
# attribute changes, cannot be written, and iterates in definition order.

class Shape:
    sides = 0
    def area(self):
        return 0
    @staticmethod
    def kind():
        return 'shape'

ns = Shape.__dict__
print(type(ns).__name__, [k for k in ns if not k.startswith('__')])
Shape.color = 'red'
print('color' in ns, ns['color'], len([k for k in ns if not k.startswith('__')]))
del Shape.color
print('color' in ns, ns.get('color', 'gone'))
try:
    ns['sides'] = 4
except TypeError as e:
    print('TypeError', e)
try:
    ns.pop('sides')
except AttributeError as e:
    print('AttributeError', e)
print(type(ns['kind']).__name__, type(ns['area']).__name__, ns['sides'])
print(vars(Shape) == Shape.__dict__, type(vars(Shape)).__name__)
print(sorted(k for k, v in ns.items() if callable(v)))
print({k: v for k, v in ns.items() if k == 'sides'})
merged = ns | {'extra': 1}
print(type(merged).__name__, merged['extra'], 'extra' in ns)

class Sub(Shape):
    sides = 3
print(list(k for k in Sub.__dict__ if not k.startswith('__')), Sub.__dict__['sides'], Shape.__dict__['sides'])
print(repr(type(ns)({'x': 1})), str(type(ns)({'x': 1})))
d = {'a': 1}
keys = d.keys()
print(keys.mapping, keys.mapping['a'])
d['b'] = 2
print(keys.mapping, d.items().mapping == d)
