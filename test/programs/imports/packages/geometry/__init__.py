# module: imported by the programs next to it
print('geometry package init')
from .points import Point
__all__ = ['Point', 'origin']
origin = Point(0, 0)
_hidden = 'no'
