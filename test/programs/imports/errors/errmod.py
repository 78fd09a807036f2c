# module: imported by the programs next to it
class AppError(Exception):
    pass

def fail(n):
    raise AppError(f'failed with {n}')
