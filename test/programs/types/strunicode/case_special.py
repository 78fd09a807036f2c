# Unicode case mappings that change length or depend on context.
for s in ['ﬁne', 'straße', 'İstanbul', 'ΌΣΟΣ', 'ǉubljana', 'ŉ', 'Ἀθῆναι']:
    print(s, s.upper(), s.lower(), s.title(), s.casefold(), s.capitalize(), s.swapcase(), len(s.upper()), len(s.lower()))
print('ß'.title(), 'ß'.capitalize(), 'ﬃ'.title())
print('ΣΑΣ ΣΑΣ.'.lower(), 'Σ'.lower(), 'AΣb'.lower())
