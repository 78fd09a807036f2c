"""
categories: Types,str
description: the 'namereplace' error handler is unknown (LookupError)
cause: it needs the Unicode character name database, which pyrite does not carry
workaround: use 'backslashreplace' or 'xmlcharrefreplace'
"""
print('é'.encode('ascii', 'namereplace'))
