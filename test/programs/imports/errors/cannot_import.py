from plain_mod import A
print(A)
try:
    from plain_mod import missing_name
except ImportError as e:
    print(str(e).split(' (')[0], e.name, e.path.endswith('plain_mod.py'))
from sys import missing_too
