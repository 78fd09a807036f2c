# An uncaught exception prints its notes after the "Type: message" line, each note followed by
# a newline (a note with newlines prints as several lines; an empty note is an empty line), in
# every section of a chain: the cause, the context and the last exception.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        e.add_note(f'while parsing {text!r}')
        e.add_note('hint: use digits only\nor a sign in front')
        raise


def load(rows):
    out = []
    for i, row in enumerate(rows):
        try:
            out.append(parse(row))
        except ValueError as e:
            err = LookupError(f'row {i}')
            err.add_note('')
            err.add_note('the row is skipped')
            raise err from e
    return out


print(load(['1', '2']))
try:
    load(['3', 'x4'])
except LookupError as e:
    final = RuntimeError('load failed')
    final.add_note('giving up\n')
    raise final
