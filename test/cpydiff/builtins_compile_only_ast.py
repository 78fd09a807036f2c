"""
categories: Builtins,compile
description: compile() with ast.PyCF_ONLY_AST raises NotImplementedError instead of returning an AST
cause: pyrite's parser and AST live in the host (TypeScript) and there is no ast module to hand the tree to Python code (builtins/exec.ts)
workaround: none; compile to a code object and run it
"""
try:
    tree = compile("x = 1", "<string>", "exec", 0x400)  # ast.PyCF_ONLY_AST
    print(type(tree).__name__)
except NotImplementedError as e:
    print('NotImplementedError', e)
