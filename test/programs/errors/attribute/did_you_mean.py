# A misspelled method: CPython 3.11's traceback adds "Did you mean: 'append'?".
items = [1, 2]
items.apend(3)
