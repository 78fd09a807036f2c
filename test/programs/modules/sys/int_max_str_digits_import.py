# A module is compiled under the limit in force when it is imported: a decimal literal longer
# than sys.get_int_max_str_digits() is a SyntaxError (no columns; its text is what CPython reads
# back from the file), and the same module imports once the limit allows its 4400 digits.
import sys


def load():
    try:
        import huge_literal_mod
    except SyntaxError as e:
        print('SyntaxError:', e.msg[:46], '...', e.msg[-47:])
        print('  at', e.lineno, e.offset, e.end_lineno, e.end_offset, e.filename.endswith('huge_literal_mod.py'))
        print('  text', len(e.text), repr(e.text[:10]), repr(e.text[-12:]))
        print('  digits in message:', e.msg.split('value has ')[1].split()[0])
        return None
    return huge_literal_mod


print(load())
sys.set_int_max_str_digits(4399)
print(load())
print('huge_literal_mod' in sys.modules)
sys.set_int_max_str_digits(4400)
m = load()
print(m.__name__, m.SMALL, m.VALUE % 1000000007, m.VALUE.bit_length(), len(str(m.VALUE)))
sys.set_int_max_str_digits(700)
# already imported: no recompilation, the value is there
import huge_literal_mod
print(huge_literal_mod.VALUE == m.VALUE, len(hex(m.VALUE)))
