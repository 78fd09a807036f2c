# catch_warnings(record=True) collects WarningMessage objects instead of printing, and restores
# the filters and showwarning on exit; nesting works; 3.11's action= keyword applies a filter
# inside; entering twice or exiting first is a RuntimeError.
import warnings


def emit():
    warnings.warn('first')
    warnings.warn('second', DeprecationWarning)
    warnings.warn_explicit('explicit', SyntaxWarning, 'gen.py', 12)


before = list(warnings.filters)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    emit()
    emit()
    with warnings.catch_warnings(record=True) as inner:
        warnings.simplefilter('ignore')
        emit()
    print(len(inner))
print(warnings.filters == before, len(log))
for w in log[:3]:
    print(type(w).__name__, type(w.message).__name__, w.message, w.category.__name__,
          w.filename.endswith('catch_record.py') or w.filename, w.lineno, w.line, w.file)
print(str(log[2]))
print(log[2].message.args)

with warnings.catch_warnings(record=True, action='ignore', category=SyntaxWarning) as log2:
    warnings.simplefilter('always', UserWarning)
    emit()
print([w.category.__name__ for w in log2])

cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print('RuntimeError:', e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print('RuntimeError:', e)

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('inside')
    except UserWarning as e:
        print('error inside:', e)
warnings.warn('outside: shown')
