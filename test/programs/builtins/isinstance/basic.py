# isinstance against single types and tuples of types; bool is an int.
print(isinstance(1, int), isinstance(1, float), isinstance(1.0, float))
print(isinstance('s', str), isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(True, int), isinstance(True, bool), isinstance(0, bool))
print(isinstance(None, int), isinstance(1, (str, int)), isinstance(1.5, (str, int)))
print(isinstance([], (tuple, list)))
