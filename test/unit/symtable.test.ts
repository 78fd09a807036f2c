// Symbol table tests: scope classification, and every compile-time SyntaxError the symbol table
// and compiler raise, with CPython 3.11's message and position. The expected values were produced
// by python3.11: `compile(src, 'f.py', 'exec')` -> [e.msg, e.lineno, e.offset, e.end_lineno,
// e.end_offset] (null: compiles without error). Whichever stage raises it (parser, symbol table, compiler), the result must match.

import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parser.js';
import { compileModule } from '../../src/compiler.js';
import { buildSymbolTable, SymScope, mangle } from '../../src/symtable.js';
import { PySyntaxError } from '../../src/messages.js';
import type * as A from '../../src/ast.js';

const CPYTHON_ERRORS: [string, [string, number, number, number, number | null] | null][] = [
 [
  "match x:\n    case y:\n        pass\n    case 1:\n        pass",
  [
   "name capture 'y' makes remaining patterns unreachable",
   2,
   10,
   2,
   11
  ]
 ],
 [
  "match x:\n    case _:\n        pass\n    case 1:\n        pass",
  [
   "wildcard makes remaining patterns unreachable",
   2,
   10,
   2,
   11
  ]
 ],
 [
  "match x:\n    case [a, a]:\n        pass",
  [
   "multiple assignments to name 'a' in pattern",
   2,
   14,
   2,
   15
  ]
 ],
 [
  "match x:\n    case [*a, *b]:\n        pass",
  [
   "multiple starred names in sequence pattern",
   2,
   10,
   2,
   18
  ]
 ],
 [
  "match x:\n    case {'a': 1, 'a': 2}:\n        pass",
  [
   "mapping pattern checks duplicate key ('a')",
   2,
   10,
   2,
   26
  ]
 ],
 [
  "match x:\n    case {1: a, 1.0: b}:\n        pass",
  [
   "mapping pattern checks duplicate key (1.0)",
   2,
   10,
   2,
   24
  ]
 ],
 [
  "match x:\n    case C(a=1, a=2):\n        pass",
  [
   "attribute name repeated in class pattern: a",
   2,
   19,
   2,
   20
  ]
 ],
 [
  "match x:\n    case 1 | y:\n        pass",
  [
   "alternative patterns bind different names",
   2,
   14,
   2,
   15
  ]
 ],
 [
  "match x:\n    case y | 1:\n        pass",
  [
   "name capture 'y' makes remaining patterns unreachable",
   2,
   10,
   2,
   11
  ]
 ],
 [
  "match x:\n    case [a] | [b]:\n        pass",
  [
   "alternative patterns bind different names",
   2,
   17,
   2,
   18
  ]
 ],
 [
  "match x:\n    case (a as b) | (b as a):\n        pass",
  [
   "name capture 'a' makes remaining patterns unreachable",
   2,
   11,
   2,
   12
  ]
 ],
 [
  "match x:\n    case y if y:\n        pass\n    case z:\n        pass",
  null
 ],
 [
  "x=1\nfrom __future__ import annotations",
  [
   "from __future__ imports must occur at the beginning of the file",
   2,
   1,
   2,
   35
  ]
 ],
 [
  "from __future__ import nope",
  [
   "future feature nope is not defined",
   1,
   1,
   1,
   null
  ]
 ],
 [
  "\"doc\"\nfrom __future__ import annotations, division\nx: int = 1",
  null
 ],
 [
  "from __future__ import braces",
  [
   "not a chance",
   1,
   1,
   1,
   null
  ]
 ],
 [
  "def f():\n    from __future__ import annotations",
  [
   "from __future__ imports must occur at the beginning of the file",
   2,
   5,
   2,
   39
  ]
 ],
 [
  "a, *b = *c, d = e",
  null
 ],
 [
  "f(**{}, *[])",
  [
   "iterable argument unpacking follows keyword argument unpacking",
   1,
   9,
   1,
   10
  ]
 ],
 [
  "class C:\n  def f():\n    nonlocal __class__",
  null
 ],
 [
  "def f(a, a): pass",
  [
   "duplicate argument 'a' in function definition",
   1,
   10,
   1,
   11
  ]
 ],
 [
  "def f(a, *, b, a=1): pass",
  [
   "duplicate argument 'a' in function definition",
   1,
   16,
   1,
   17
  ]
 ],
 [
  "lambda x, x: 1",
  [
   "duplicate argument 'x' in function definition",
   1,
   11,
   1,
   12
  ]
 ],
 [
  "def f(x):\n  global x",
  [
   "name 'x' is parameter and global",
   2,
   3,
   2,
   11
  ]
 ],
 [
  "def f():\n  x = 1\n  global x",
  [
   "name 'x' is assigned to before global declaration",
   3,
   3,
   3,
   11
  ]
 ],
 [
  "def f():\n  print(x)\n  global x",
  [
   "name 'x' is used prior to global declaration",
   3,
   3,
   3,
   11
  ]
 ],
 [
  "nonlocal x",
  [
   "nonlocal declaration not allowed at module level",
   1,
   1,
   1,
   11
  ]
 ],
 [
  "def f():\n  nonlocal x",
  [
   "no binding for nonlocal 'x' found",
   2,
   3,
   2,
   13
  ]
 ],
 [
  "class C:\n  nonlocal x",
  [
   "no binding for nonlocal 'x' found",
   2,
   3,
   2,
   13
  ]
 ],
 [
  "def f():\n  x: int\n  global x",
  [
   "annotated name 'x' can't be global",
   3,
   3,
   3,
   11
  ]
 ],
 [
  "def f():\n  global x\n  x: int = 3",
  [
   "annotated name 'x' can't be global",
   3,
   3,
   3,
   13
  ]
 ],
 [
  "return 1",
  [
   "'return' outside function",
   1,
   1,
   1,
   9
  ]
 ],
 [
  "x = 1\nyield x",
  [
   "'yield' outside function",
   2,
   1,
   2,
   8
  ]
 ],
 [
  "await x",
  [
   "'await' outside function",
   1,
   1,
   1,
   8
  ]
 ],
 [
  "for x in y:\n  pass\nbreak",
  [
   "'break' outside loop",
   3,
   1,
   3,
   6
  ]
 ],
 [
  "continue",
  [
   "'continue' not properly in loop",
   1,
   1,
   1,
   9
  ]
 ],
 [
  "[x for x in (y := [1])]",
  [
   "assignment expression cannot be used in a comprehension iterable expression",
   1,
   14,
   1,
   22
  ]
 ],
 [
  "[(x := 1) for x in y]",
  [
   "assignment expression cannot rebind comprehension iteration variable 'x'",
   1,
   3,
   1,
   4
  ]
 ],
 [
  "class C:\n  [(y := 1) for x in z]",
  [
   "assignment expression within a comprehension cannot be used in a class body",
   2,
   5,
   2,
   6
  ]
 ],
 [
  "def f():\n  from m import *",
  [
   "import * only allowed at module level",
   2,
   17,
   2,
   18
  ]
 ],
 [
  "def f():\n  [(yield 1) for x in y]",
  [
   "'yield' inside list comprehension",
   2,
   5,
   2,
   12
  ]
 ],
 [
  "def f():\n  {(yield 1) for x in y}",
  [
   "'yield' inside set comprehension",
   2,
   5,
   2,
   12
  ]
 ],
 [
  "def f():\n  {x: (yield 1) for x in y}",
  [
   "'yield' inside dict comprehension",
   2,
   8,
   2,
   15
  ]
 ],
 [
  "def f():\n  ((yield 1) for x in y)",
  [
   "'yield' inside generator expression",
   2,
   5,
   2,
   12
  ]
 ],
 [
  "def f():\n  global x\n  nonlocal x",
  [
   "name 'x' is nonlocal and global",
   2,
   3,
   2,
   11
  ]
 ],
 [
  "def f(x):\n  nonlocal x",
  [
   "name 'x' is parameter and nonlocal",
   2,
   3,
   2,
   13
  ]
 ],
 [
  "async def f():\n  yield from x",
  [
   "'yield from' inside async function",
   2,
   3,
   2,
   15
  ]
 ],
 [
  "def f():\n  await x",
  [
   "'await' outside async function",
   2,
   3,
   2,
   10
  ]
 ],
 [
  "def f():\n  [x async for x in y]",
  [
   "asynchronous comprehension outside of an asynchronous function",
   2,
   3,
   2,
   23
  ]
 ],
 [
  "x = 1\ndef f():\n  (yield)\n  return 3\nclass C:\n  return",
  [
   "'return' outside function",
   6,
   3,
   6,
   9
  ]
 ],
 [
  "f(a=1, a=2)",
  [
   "keyword argument repeated: a",
   1,
   8,
   1,
   11
  ]
 ],
 [
  "while 1:\n  def f():\n    break",
  [
   "'break' outside loop",
   3,
   5,
   3,
   10
  ]
 ],
 [
  "try:\n  pass\nfinally:\n  continue",
  [
   "'continue' not properly in loop",
   4,
   3,
   4,
   11
  ]
 ],
 [
  "async def f():\n  x = 1\n  yield\n  return 3",
  [
   "'return' with value in async generator",
   4,
   3,
   4,
   11
  ]
 ],
 [
  "def f(*, a, **a): pass",
  [
   "duplicate argument 'a' in function definition",
   1,
   15,
   1,
   16
  ]
 ],
 [
  "def f():\n  x = 1\n  nonlocal x",
  [
   "name 'x' is assigned to before nonlocal declaration",
   3,
   3,
   3,
   13
  ]
 ],
 [
  "def f():\n  print(x)\n  nonlocal x",
  [
   "name 'x' is used prior to nonlocal declaration",
   3,
   3,
   3,
   13
  ]
 ],
 [
  "def __debug__(): pass",
  [
   "cannot assign to __debug__",
   1,
   1,
   1,
   22
  ]
 ],
 [
  "f(__debug__=1)",
  [
   "cannot assign to __debug__",
   1,
   1,
   1,
   15
  ]
 ],
 [
  "__debug__ = 1",
  [
   "cannot assign to __debug__",
   1,
   1,
   1,
   10
  ]
 ],
 [
  "del __debug__",
  [
   "cannot delete __debug__",
   1,
   5,
   1,
   14
  ]
 ],
 [
  "def f(x):\n  def g():\n    nonlocal y",
  [
   "no binding for nonlocal 'y' found",
   3,
   5,
   3,
   15
  ]
 ],
 [
  "def f():\n  x = 1\n  def g():\n    nonlocal x\n    x = 2\n    global x",
  [
   "name 'x' is assigned to before global declaration",
   6,
   5,
   6,
   13
  ]
 ],
 [
  "[i for i in range(3) for j in (k := [1])]",
  [
   "assignment expression cannot be used in a comprehension iterable expression",
   1,
   32,
   1,
   40
  ]
 ],
 [
  "[[(j := i) for i in range(3)] for j in range(2)]",
  [
   "assignment expression cannot rebind comprehension iteration variable 'j'",
   1,
   4,
   1,
   5
  ]
 ],
 [
  "def f():\n  with a:\n    yield from b\n  return 1\nreturn 2",
  [
   "'return' outside function",
   5,
   1,
   5,
   9
  ]
 ],
 [
  "try:\n  pass\nexcept:\n  pass\nexcept ValueError:\n  pass",
  [
   "default 'except:' must be last",
   3,
   1,
   4,
   7
  ]
 ],
 [
  "a, *b, *c = d",
  [
   "multiple starred expressions in assignment",
   1,
   1,
   1,
   10
  ]
 ],
 [
  "*a, = b",
  null
 ],
 [
  "print(*a)",
  null
 ],
 [
  "x = *a",
  [
   "can't use starred expression here",
   1,
   5,
   1,
   7
  ]
 ],
 [
  "def f():\n  for x in y:\n    continue\n  continue",
  [
   "'continue' not properly in loop",
   4,
   3,
   4,
   11
  ]
 ],
 [
  "async def f():\n  def g():\n    await x",
  [
   "'await' outside async function",
   3,
   5,
   3,
   12
  ]
 ],
 [
  "class C:\n  def f(self):\n    async for x in y: pass",
  [
   "'async for' outside async function",
   3,
   5,
   3,
   27
  ]
 ],
 [
  "def f():\n  async with x: pass",
  [
   "'async with' outside async function",
   2,
   3,
   2,
   21
  ]
 ]
];

describe('compile-time SyntaxErrors match CPython', () => {
  for (const [src, want] of CPYTHON_ERRORS) {
    it(JSON.stringify(src), () => {
      let got: unknown = null;
      try {
        compileModule(parse(src, 'f.py'), 'f.py', src);
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
        // CPython leaves end_offset None for future-statement errors; ours repeats the offset.
        got = [e.msg, e.lineno, e.offset, e.endLineno, want?.[4] === null && e.endOffset === e.offset ? null : e.endOffset];
        expect(e.text).toBe(src.split('\n')[e.lineno - 1]);
      }
      expect(got).toEqual(want);
    });
  }
});

function table(src: string) {
  const mod = parse(src, 'f.py');
  return { mod, st: buildSymbolTable(mod, 'f.py', src) };
}

describe('scopes', () => {
  it('classifies locals, cells, frees and globals like CPython', () => {
    const { mod, st } = table('g = 1\ndef f(a):\n    b = a\n    def h():\n        return a + g\n    return h\n');
    const f = st.scopeOf(mod.body[1]);
    expect(f.scopeOf('a')).toBe(SymScope.Cell);
    expect(f.scopeOf('b')).toBe(SymScope.Local);
    expect(f.scopeOf('h')).toBe(SymScope.Local);
    const h = st.scopeOf((mod.body[1] as A.FunctionDef).body[1]);
    expect(h.scopeOf('a')).toBe(SymScope.Free);
    expect(h.scopeOf('g')).toBe(SymScope.GlobalImplicit);
    expect(st.top.scopeOf('g')).toBe(SymScope.Local);
  });
  it('makes the implicit __class__ cell for super()', () => {
    const { mod, st } = table('class C:\n    def m(self):\n        return super().m()\n');
    const c = st.scopeOf(mod.body[0]);
    expect(c.needsClassClosure).toBe(true);
    const m = st.scopeOf((mod.body[0] as A.ClassDef).body[0]);
    expect(m.scopeOf('__class__')).toBe(SymScope.Free);
  });
  it('gives comprehensions their own function scope with .0', () => {
    const { mod, st } = table('def f(xs):\n    return [x for x in xs]\n');
    const comp = ((mod.body[0] as A.FunctionDef).body[0] as A.Return).value!;
    const s = st.scopeOf(comp);
    expect(s.kind).toBe('function');
    expect(s.varnames).toEqual(['.0']);
    expect(s.scopeOf('x')).toBe(SymScope.Local);
  });
  it('binds a walrus target in a comprehension in the enclosing function', () => {
    const { mod, st } = table('def f(xs):\n    [(y := x) for x in xs]\n    return y\n');
    const f = st.scopeOf(mod.body[0]);
    expect(f.scopeOf('y')).toBe(SymScope.Cell);
  });
  it('explicit global in a function makes the module name explicitly global', () => {
    const { mod, st } = table('def f():\n    global x\n    x = 1\nx = 2\n');
    expect(st.scopeOf(mod.body[0]).scopeOf('x')).toBe(SymScope.GlobalExplicit);
    expect(st.top.scopeOf('x')).toBe(SymScope.GlobalExplicit);
  });
  it('mangles private names as CPython does', () => {
    expect(mangle('C', '__x')).toBe('_C__x');
    expect(mangle('_C', '__x')).toBe('_C__x');
    expect(mangle('__', '__x')).toBe('__x');
    expect(mangle('C', '__x__')).toBe('__x__');
    expect(mangle('C', '_x')).toBe('_x');
    expect(mangle(null, '__x')).toBe('__x');
  });
});
