# A generator's __name__ and __qualname__ come from its function and can be set to a str
# (TypeError otherwise, and on delete); the gi_* attributes are read-only descriptors of the
# generator type; generators have no instance dict.
class Box:
    def items(self):
        yield 1


g = Box().items()
print(g.__name__, g.__qualname__)
g.__name__ = 'renamed'
g.__qualname__ = 'Box.renamed'
print(g.__name__, g.__qualname__, g.gi_code.co_name)
for attr in ('__name__', '__qualname__'):
    for bad in (5, None):
        try:
            setattr(g, attr, bad)
        except TypeError as e:
            print('TypeError:', e)
    try:
        delattr(g, attr)
    except TypeError as e:
        print('TypeError:', e)
print(g.__name__, g.__qualname__)

for attr in ('gi_running', 'gi_code', 'gi_frame', 'gi_yieldfrom', 'gi_suspended'):
    try:
        setattr(g, attr, 1)
    except AttributeError as e:
        print('AttributeError:', e)
try:
    g.anything = 1
except AttributeError as e:
    print('AttributeError:', e)
print(hasattr(g, '__dict__'))
gen_type = type(g)
print(sorted(k for k in vars(gen_type) if k.startswith('gi_')))
print(gen_type.gi_running.__name__, type(gen_type.__dict__['gi_code']).__name__)
print(list(g))
