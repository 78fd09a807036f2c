# str.maketrans in its three forms (dict; two strs; three strs) and every error it raises,
# then the tables in use with translate.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show('dict', lambda: str.maketrans({'a': 'A', 98: 'bb', 'c': None, 'd': [1]}))
show('two', lambda: str.maketrans('abc', 'xyz'))
show('three', lambda: str.maketrans('ab', 'cd', 'ef'))
show('three overlap', lambda: str.maketrans('ab', 'cd', 'a'))
show('empty', lambda: str.maketrans('', '', ''))
show('unicode', lambda: str.maketrans('äö😀', 'aoX'))
show('via instance', lambda: 'anything'.maketrans('a', 'b'))
show('none', lambda: str.maketrans())
show('four', lambda: str.maketrans('a', 'b', 'c', 'd'))
show('keyword', lambda: str.maketrans(x={}))
show('not dict', lambda: str.maketrans([('a', 'b')]))
show('long key', lambda: str.maketrans({'ab': 1}))
show('float key', lambda: str.maketrans({1.5: 1}))
show('first not str', lambda: str.maketrans(1, 'a'))
show('first dict', lambda: str.maketrans({'a': 1}, 'b'))
show('second not str', lambda: str.maketrans('a', 1))
show('second None', lambda: str.maketrans('a', None))
show('third not str', lambda: str.maketrans('ab', 'cd', 5))
show('unequal', lambda: str.maketrans('ab', 'a'))

class D(dict):
    pass
show('dict subclass', lambda: str.maketrans(D(a='b')))

rot13 = str.maketrans('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
                      'nopqrstuvwxyzabcdefghijklmNOPQRSTUVWXYZABCDEFGHIJKLM')
msg = 'Hello, World! Pyrite runs Python.'
enc = msg.translate(rot13)
print(enc)
print(enc.translate(rot13) == msg)
strip_vowels = str.maketrans('', '', 'aeiouAEIOU')
print(msg.translate(strip_vowels))
leet = str.maketrans({'e': '3', 'o': '0', 'l': '1', 't': '7', 's': '$$'})
print(msg.lower().translate(leet))
