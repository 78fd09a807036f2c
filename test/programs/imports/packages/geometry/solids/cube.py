# module: imported by the programs next to it
from . import KINDS
from .. import origin
from ...geometry import points as pts
def describe(side):
    return f'cube side={side} kinds={KINDS} at {origin}'
def pkg():
    return __package__, __name__
