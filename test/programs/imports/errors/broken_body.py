# module: imported by the programs next to it
VALUE = 1
raise RuntimeError('broken during import')
