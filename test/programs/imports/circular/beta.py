# module: imported by the programs next to it
from alpha import A
B = 'beta'
