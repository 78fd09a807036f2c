# module: imported by the programs next to it
__all__ = ('a', 'b')
a, b, c = 1, 2, 3
