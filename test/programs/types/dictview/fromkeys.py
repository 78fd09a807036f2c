# dict.fromkeys called on the type (a classmethod), with and without a value.
print(dict.fromkeys('xy'))
print(dict.fromkeys(['p', 'q'], 0))
print({}.fromkeys([1, 2], 'v'))
print(dict.fromkeys([]))
