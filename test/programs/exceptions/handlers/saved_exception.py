# An exception kept after its handler ends still has its args, cause and context.
saved = []
for text in ['1', 'x', '2', 'y']:
    try:
        try:
            saved.append(int(text))
        except ValueError as e:
            raise LookupError('bad ' + text) from e
    except LookupError as e:
        saved.append(e)
for item in saved:
    if isinstance(item, Exception):
        print('error', item.args, repr(item.__cause__), type(item.__context__).__name__)
    else:
        print('value', item)
last = saved[-1]
saved.clear()
print(str(last), last.__cause__.args)
