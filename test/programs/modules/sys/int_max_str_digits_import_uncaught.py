# An import whose module has a decimal literal beyond the digit limit: the uncaught SyntaxError
# shows the module's line as CPython reads it back from the file (the last 999-byte piece of a
# long line) and no caret.
import sys

print('limit', sys.get_int_max_str_digits())
import huge_literal_mod
print('not reached')
