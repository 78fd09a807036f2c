# 2500 LCG-generated calls of str methods (split/strip/pad/find/replace/case/predicates/
# translate/encode/slicing...) on strings over a mixed ASCII, whitespace and Unicode alphabet.
seed = 987654321
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
A = ['a', 'b', 'A', ' ', '\t', '\n', '\r', 'ß', 'é', 'Σ', 'ς', 'ǅ', '1', '_', '.', '\u2028', '\x0b', '\x1c', '\u3000', 'ﬁ', 'İ', '😀', '-', '0']
def rs(maxlen=8):
    return ''.join(A[rnd(len(A))] for _ in range(rnd(maxlen + 1)))
def rint():
    return rnd(21) - 10
def call(s, name, args):
    try:
        r = getattr(s, name)(*args)
        return repr(r)
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
methods = [
    ('split', lambda: ()), ('split', lambda: (rs(2),)), ('split', lambda: (None, rint())), ('split', lambda: (rs(1) or 'a', rint())),
    ('rsplit', lambda: ()), ('rsplit', lambda: (rs(2) or 'b', rint())), ('rsplit', lambda: (None, rint())),
    ('splitlines', lambda: ()), ('splitlines', lambda: (True,)),
    ('partition', lambda: (rs(2) or 'a',)), ('rpartition', lambda: (rs(2) or 'a',)),
    ('strip', lambda: ()), ('strip', lambda: (rs(3),)), ('lstrip', lambda: (rs(3),)), ('rstrip', lambda: ()),
    ('center', lambda: (rint() + 5,)), ('center', lambda: (rint() + 5, A[rnd(len(A))])), ('ljust', lambda: (rint() + 5, '*')), ('rjust', lambda: (rint() + 5,)), ('zfill', lambda: (rint() + 5,)),
    ('expandtabs', lambda: (rint(),)), ('expandtabs', lambda: ()),
    ('find', lambda: (rs(2), rint(), rint())), ('rfind', lambda: (rs(2), rint())), ('index', lambda: (rs(1),)), ('rindex', lambda: (rs(1), rint(), rint())),
    ('count', lambda: (rs(2), rint(), rint())), ('count', lambda: (rs(1),)),
    ('replace', lambda: (rs(1), rs(2))), ('replace', lambda: (rs(2), rs(1), rint())),
    ('startswith', lambda: (rs(2), rint(), rint())), ('endswith', lambda: ((rs(1), rs(2)), rint())),
    ('upper', lambda: ()), ('lower', lambda: ()), ('casefold', lambda: ()), ('title', lambda: ()), ('capitalize', lambda: ()), ('swapcase', lambda: ()),
    ('isalpha', lambda: ()), ('isalnum', lambda: ()), ('isdigit', lambda: ()), ('isdecimal', lambda: ()), ('isnumeric', lambda: ()), ('isspace', lambda: ()),
    ('islower', lambda: ()), ('isupper', lambda: ()), ('istitle', lambda: ()), ('isidentifier', lambda: ()), ('isprintable', lambda: ()), ('isascii', lambda: ()),
    ('removeprefix', lambda: (rs(2),)), ('removesuffix', lambda: (rs(2),)), ('join', lambda: ([rs(2) for _ in range(rnd(4))],)),
    ('encode', lambda: ()), ('encode', lambda: ('ascii', 'replace')), ('encode', lambda: ('latin-1', 'ignore')),
    ('format', lambda: ()), ('__getitem__', lambda: (slice(rint(), rint(), rint() or 1),)), ('__getitem__', lambda: (rint(),)),
    ('__mul__', lambda: (rint(),)), ('__contains__', lambda: (rs(2),)), ('__lt__', lambda: (rs(4),)), ('__eq__', lambda: (rs(2),)),
    ('__mod__', lambda: ((),)), ('translate', lambda: ({ord(A[rnd(len(A))]): rs(2) or None},)),
]
for i in range(2500):
    s = rs(10)
    name, argf = methods[rnd(len(methods))]
    args = argf()
    print(i, repr(s), name, repr(args), call(s, name, args))
