# module: imported by the programs next to it
def f(:
    pass
