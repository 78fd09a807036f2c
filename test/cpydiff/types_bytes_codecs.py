"""
categories: Types,bytes
description: only the utf-8, ascii and latin-1 codecs exist; other encodings raise LookupError
cause: pyrite carries no codec tables (issue 5 implements the three codecs in the core)
workaround: encode or decode other encodings by hand (a translation table over bytes)
"""
print('é'.encode('cp1252'))
print(b'\xff\xfeh\x00'.decode('utf-16'))
