"""
categories: Modules,string
description: string.Template ignores a subclass's idpattern, braceidpattern, flags and pattern; string.Formatter is missing
cause: pyrite has no re module: Template scans for the default placeholders itself (a custom delimiter works)
workaround: use the default placeholder syntax, or str.format
"""
import string


class Dotted(string.Template):
    idpattern = r'[a-z]+\.[a-z]+'


print(Dotted('$user.name').substitute({'user.name': 'ann', 'user': 'x'}))
