# open()'s argument checks and their CPython messages: bad mode strings, arguments binary mode
# refuses, argument types, and the ones checked only once the file is open.
import os

NAME = '_tmp_mode_errors.txt'
with open(NAME, 'w') as f:
    f.write('x\n')

def attempt(*args, **kwargs):
    try:
        f = open(*args, **kwargs)
    except Exception as e:
        print(f'{type(e).__name__}: {e}')
    else:
        print('opened', type(f).__name__, f.mode)
        f.close()

for mode in ['rw', 'rr', '', 'b', 't', 'bt', 'r+w', 'U', 'rU', 'wa', 'z', '+', 'rtb', 'ww',
             'r++', 'xa', 'rb+', 'a+b', 'tr', 'br']:
    attempt(NAME, mode)

attempt(NAME, 'rb', encoding='utf-8')
attempt(NAME, 'rb', errors='strict')
attempt(NAME, 'rb', newline='')
attempt(NAME, 'r', newline='x')
attempt(NAME, 'r', buffering=0)
attempt(NAME, 'r', encoding='no-such-codec')
attempt(NAME, 5)
attempt(NAME, 'r', encoding=5)
attempt(NAME, 'r', errors=5)
attempt(NAME, 'r', newline=5)
attempt(3.5)
attempt(None)
attempt(['a'])
attempt()
attempt(NAME, 'r', -1, None, None, None, True, None, 'extra')
attempt(NAME, mode='r', bogus=1)
attempt(NAME, 'r', file=NAME)
attempt('nul\0byte.txt')
# checked after the file was opened: a missing file wins
attempt('_tmp_missing.txt', 'r', newline='x')
attempt('_tmp_missing.txt', 'r', encoding='no-such-codec')
attempt('_tmp_missing.txt', 'r', buffering=0)
attempt('_tmp_missing.txt', 'rr')

os.remove(NAME)
