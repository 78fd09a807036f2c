"""
categories: Modules,io
description: a text file's tell() right after a '\r' read in universal-newline mode is the byte offset of that '\r' (seek() to it reads the same text); CPython returns a cookie that packs its decoder's pending-'\r' state into bits above 2**64
cause: pyrite's TextIOWrapper keeps no incremental decoder state (modules/iotext.ts carries the '\r' into the next chunk instead), so its cookies are always plain byte offsets
workaround: treat tell() results as opaque values for seek(), as the io documentation says
"""
with open('_tmp_cookie.txt', 'wb') as f:
    f.write(b'two\rthree\n')
with open('_tmp_cookie.txt') as f:
    f.read(4)
    print(f.tell())
import os
os.remove('_tmp_cookie.txt')
