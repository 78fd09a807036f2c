# A misspelled builtin: CPython 3.11's traceback adds "Did you mean: 'print'?".
prnt('hello')
