# compile() and exec() inherit the caller's `from __future__ import annotations` unless
# dont_inherit is set; the flag can also be given explicitly.
from __future__ import annotations
import __future__

src = "x: list[int] = []\ndef f(a: int, b: 'str') -> dict[str, int]: pass\n"
ns = {}
exec(src, ns)
print(ns['__annotations__'], ns['f'].__annotations__)

ns = {}
exec(compile(src, "<string>", "exec"), ns)
print(ns['__annotations__'])

ns = {'int': int, 'list': list, 'dict': dict, 'str': str}
exec(compile(src, "<string>", "exec", dont_inherit=True), ns)
print(ns['__annotations__'], ns['f'].__annotations__)

flag = __future__.annotations.compiler_flag
print(hex(flag))
ns = {}
exec(compile(src, "<string>", "exec", flag, True), ns)
print(ns['__annotations__'])

c = compile("y: tuple[int, ...] = ()", "<string>", "exec")
print(bool(c.co_flags & flag))
c = compile("y = 1", "<string>", "exec", dont_inherit=True)
print(bool(c.co_flags & flag))

# eval inherits too: a lambda's annotations are not possible, but a class's are
ns = {}
exec("class C:\n    attr: Undefined.Name = 1", ns)
print(ns['C'].__annotations__)
