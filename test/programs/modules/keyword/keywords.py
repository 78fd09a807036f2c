# keyword: the keyword lists of Python 3.11 and the membership tests.
import keyword

print(keyword.kwlist)
print(keyword.softkwlist, len(keyword.kwlist))
for word in ('if', 'match', 'case', '_', 'print', 'True', 'none', 'async', 'await', ''):
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))
print(sorted(keyword.__all__))
names = ['class_', 'for', 'value', 'lambda', 'type']
print([n + '_' if keyword.iskeyword(n) else n for n in names])
