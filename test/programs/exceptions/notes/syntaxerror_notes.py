# Notes follow a SyntaxError's location lines too, and a note added to an exception raised by
# the VM (a ZeroDivisionError) shows in its section.
def divide(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        e.add_note(f'dividing {a} by {b}')
        raise


try:
    divide(1, 0)
except ZeroDivisionError as e:
    print(e.__notes__)

err = SyntaxError('invalid syntax', ('config.py', 3, 5, 'x = (1,\n', 3, 6))
err.add_note('while reading config.py')
try:
    divide(2, 0)
except ZeroDivisionError:
    raise err
