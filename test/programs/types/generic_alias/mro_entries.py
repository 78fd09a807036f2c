# PEP 560: a class statement replaces a base that is not a class by what its __mro_entries__
# returns (list[int] stands for list) and records __orig_bases__; type() refuses such bases.
class MyList(list[int]):
    pass
print(MyList.__bases__, MyList.__orig_bases__, MyList([1]))
class Fake:
    def __mro_entries__(self, bases):
        print('mro_entries', len(bases))
        return (dict,)
class D(Fake(), object):
    pass
print(D.__bases__, D.__mro__, hasattr(D, '__orig_bases__'))
class Bad:
    def __mro_entries__(self, bases): return 5
try:
    class E(Bad()): pass
except TypeError as e: print(e)
try:
    class F(5): pass
except TypeError as e: print(e)
print(type('X', (list[int],), {}) if False else 'skip')
try: type('X', (list[int],), {})
except TypeError as e: print(e)
