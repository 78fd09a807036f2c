# module: imported by the programs next to it
from .. import points
from ..points import Point as P
KINDS = ('cube', 'sphere')
