# ChainMap: lookups through the chain, writes to the first map only, new_child/parents,
# iteration order and length, repr, and the first-map errors.
from collections import ChainMap

defaults = {'color': 'red', 'user': 'guest', 'debug': False}
env = {'user': 'admin'}
cli = {'debug': True}
cfg = ChainMap(cli, env, defaults)
print(cfg['color'], cfg['user'], cfg['debug'], cfg.get('missing', '-'), len(cfg))
print(list(cfg), list(cfg.items()), 'color' in cfg, 'shape' in cfg)
print(cfg)
cfg['color'] = 'blue'
print(cli, defaults['color'])
del cfg['color']
print(cfg['color'])
try:
    del cfg['user']
except KeyError as e:
    print('KeyError', e)
try:
    cfg.pop('user')
except KeyError as e:
    print('KeyError', e)
print(cfg.pop('debug'), cfg['debug'])
try:
    ChainMap({}, {'a': 1}).popitem()
except KeyError as e:
    print('KeyError', e)
try:
    cfg['nothing']
except KeyError as e:
    print('KeyError', e)

child = cfg.new_child({'user': 'root'})
print(child['user'], child.parents['user'], child.maps[1] is cli, len(child.maps))
print(ChainMap().new_child(), ChainMap(), bool(ChainMap()), bool(ChainMap({}, {1: 2})))
print(child.new_child(x=1).maps[0])

# nested scopes, as an interpreter would keep them
scope = ChainMap({'x': 1})
inner = scope.new_child()
inner['x'] = 2
inner['y'] = 3
print(inner['x'], scope['x'], dict(inner), inner.parents is not scope)

c2 = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(c2.copy(), c2 | {'z': 0}, {'z': 0} | c2, ChainMap.fromkeys('ab', 0))
c2 |= {'q': 9}
print(c2.maps[0])
self_ref = ChainMap({'k': 1})
self_ref.maps.append(self_ref)
print(self_ref)
