# An exception raised inside a function that an itertools object calls propagates through
# next() with only the program's frames in the traceback (itertools is C code in CPython).
import itertools

pairs = [(7, 2), (9, 3), (1, 0)]
results = itertools.starmap(divmod, pairs)
print(next(results), next(results))
print(list(results))
