# module: imported by the programs next to it
