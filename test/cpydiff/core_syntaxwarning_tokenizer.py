"""
categories: Core
description: the tokenizer's SyntaxWarnings ("invalid decimal literal" for a number glued to a keyword such as 1if) are not issued, and a module imported at run time compiles without the compiler's SyntaxWarnings ("is" with a literal); the main program's compiler warnings are shown
cause: the host prints the compiler's warnings of the program it runs before the run (api.ts); the tokenizer has no channel for warnings and the import blob carries none (src/modules.ts)
workaround: none needed: the code runs the same; check such code with python3 for the warnings
"""
x = 1
print(1if x else 2)
