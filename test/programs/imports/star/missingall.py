# module: imported by the programs next to it
__all__ = ['present', 'absent']
present = 1
