try:
    import alpha
except ImportError as e:
    print(type(e).__name__, e.name)
    print(str(e).split(' (')[0])
import sys
print('alpha' in sys.modules, 'beta' in sys.modules)
