"""
categories: Builtins,compile
description: an undecodable byte in a bytes source gives the "(unicode error)" SyntaxError at the byte's own line and column, and its position within that line, where CPython reports the string literal holding it
cause: the host decodes the whole source before tokenizing it (src/dynamic.ts decodeUtf8); CPython decodes each string literal as it parses it
workaround: decode the bytes yourself and pass a str
"""
try:
    exec(b"x = 1\ny = '\xff'\n")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
