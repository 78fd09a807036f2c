# module: imported by the programs next to it
def g():
    x = 1
      y = 2
