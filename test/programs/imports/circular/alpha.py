# module: imported by the programs next to it
from beta import B
A = 'alpha'
