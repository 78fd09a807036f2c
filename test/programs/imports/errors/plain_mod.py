# module: imported by the programs next to it
A = 1
