# str.upper and str.lower beyond ASCII, with Unicode's full case mappings (one char may become two).
print('ÉCOLE'.lower())
print('àéîõü'.upper())
print('straße'.upper())
print('ΑΒΓ'.lower())
print('İ'.lower() == 'i̇', len('İ'.lower()))
