"""
categories: Builtins,code
description: code objects compare and hash by identity, and co_code holds pyrite's own instruction words; CPython compares code objects by their contents
cause: code objects are the core's compiled form (object/code.ts); equality by contents is not implemented
workaround: compare co_name, co_consts, co_names and co_varnames instead
"""
a = compile("x + 1", "<string>", "eval")
b = compile("x + 1", "<string>", "eval")
print(a == b, len(a.co_code))
