# Subclasses of dict: overriding __setitem__/__getitem__ (and seeing that update() and the
# constructor bypass them), attribute-style access via __getattr__, keys() ordering, and
# equality with plain dicts.
class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())


d = LowerDict()
d['Apple'] = 1
d['BANANA'] = 2
print(d, d['APPLE'], 'banana' in d, 'Banana' in d, d.get('Apple'))
d.update({'Cherry': 3})
print(d, 'Cherry' in d)
print(LowerDict(Mixed=1), type(LowerDict(a=1).copy()).__name__)
try:
    d['durian']
except KeyError as e:
    print('KeyError:', e)


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError('no key ' + repr(name)) from None

    def __setattr__(self, name, value):
        self[name] = value

    def __delattr__(self, name):
        del self[name]


cfg = AttrDict(host='localhost', port=80)
cfg.debug = True
print(cfg.host, cfg.port, cfg.debug, cfg)
del cfg.port
print(cfg, hasattr(cfg, 'port'), cfg.keys())
try:
    cfg.missing
except AttributeError as e:
    print('AttributeError:', e)
print(cfg == {'host': 'localhost', 'debug': True}, isinstance(cfg, dict))


class Counter(dict):
    def add(self, key, n=1):
        self[key] = self.get(key, 0) + n
        return self

    def most_common(self, k):
        return sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))[:k]

    def __add__(self, other):
        result = Counter(self)
        for key, v in other.items():
            result.add(key, v)
        return result

    def __repr__(self):
        return 'Counter(' + super().__repr__() + ')'


c = Counter()
for ch in 'mississippi':
    c.add(ch)
print(c, c.most_common(2))
c2 = c + Counter(m=5, z=1)
print(c2, type(c2).__name__, len(c2))
print(list(c2.keys()), sum(c2.values()), sorted(c2))
print(repr(c2) == str(c2), dict(c2) == c2, type(dict(c2)).__name__)
