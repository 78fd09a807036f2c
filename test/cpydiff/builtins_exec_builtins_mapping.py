"""
categories: Builtins,exec
description: exec()/eval() with a '__builtins__' that is neither a dict nor a module finds no builtins (NameError) where CPython subscripts the object (its own error)
cause: frames keep their builtins as a dict (vm/frame.ts); any other object is replaced by an empty namespace (builtins/exec.ts execBuiltins)
workaround: pass a dict (or the builtins module) as '__builtins__'
"""
try:
    exec("print(1)", {'__builtins__': 5})
except Exception as e:
    print(type(e).__name__, e)
