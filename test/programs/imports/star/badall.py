# module: imported by the programs next to it
__all__ = ['ok', 3]
ok = 1
