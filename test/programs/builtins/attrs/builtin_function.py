# Introspection of builtin functions, method descriptors, slot wrappers and their bound forms:
# __name__, __qualname__, __self__, __module__, __objclass__, type names and reprs (addresses
# cut off, they differ between runs).

def cut(r):
    i = r.find(' at 0x')
    return r if i < 0 else r[:i] + '>'

l = [1]
items = [len, print, l.append, [].append, str.join, 'x'.join, dict.fromkeys, {}.fromkeys,
         int.__add__, (1).__add__, object.__init__, object().__init__, str.maketrans,
         float.fromhex, (1.5).hex, object.__subclasshook__]
for f in items:
    print(type(f).__name__, '|', f.__name__, '|', f.__qualname__, '|', cut(repr(f)))

import builtins
print(len.__self__ is builtins, print.__module__, [].append.__module__, l.append.__self__ is l)
print(str.join.__objclass__, int.__add__.__objclass__, (1).__add__.__self__, (1).__add__(2))
print(dict.fromkeys.__self__ is dict, {}.fromkeys.__self__ is dict)
print(len.__doc__ is None or isinstance(len.__doc__, str))
m = (5).__add__
print(m == (5).__add__, m == (6).__add__, m(1), type(m).__name__)
print(sorted(n for n in ['__name__', '__qualname__', '__self__', '__module__'] if hasattr(len, n)))
