from geometry import *
print(Point(1, 1), origin)
import sys
ns = vars(sys.modules[__name__])
print('_hidden' in ns, 'points' in ns)
from geometry.points import *
print(sorted(n for n in ns if not n.startswith('__')))
