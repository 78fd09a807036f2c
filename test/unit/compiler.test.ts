// Compiler tests: opcode sequences, PEP 657 positions, stack sizes and flags of representative
// snippets, compared with CPython 3.11. The expected listings below were produced by python3.11
// (`dis.get_instructions` + `co_positions()`), normalized for pyrite's deliberate differences:
// RESUME/PRECALL/CACHE dropped, LOAD_GLOBAL's NULL bit shown as a PUSH_NULL, and jump
// direction suffixes dropped (JUMP_FORWARD/JUMP_BACKWARD -> JUMP). Positions are
// line:col-endline:endcol with code-point columns; 0:-1-0:-1 means none.
// Snippets with `while` loops whose test is not constant are left out: CPython 3.11 closes
// them with a conditional backward jump, pyrite with JUMP_BACKWARD (see compiler.ts).

import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseMode } from '../../src/parser.js';
import { compileModule, compileMod } from '../../src/compiler.js';
import { disassemble, constRepr } from '../../src/bytecode/dis.js';
import { verifyCode } from '../../src/bytecode/verify.js';
import { marshalCode, allCodeObjects, CodeObject } from '../../src/bytecode/code.js';
import { OPCODES, instrSize } from '../../src/bytecode/opcodes.js';
import { PySyntaxError } from '../../src/messages.js';

function compile(src: string): CodeObject {
  return compileModule(parse(src, 'f.py'), 'f.py', src);
}

/** The normalized listing of every code object (outermost first), as in the CPython data. */
function listing(code: CodeObject): string[][] {
  return allCodeObjects(code).map((co) => {
    const out = [`== ${co.qualname} flags=${co.flags} stack=${co.stacksize}`];
    for (let i = 0; i < co.code.length; i += instrSize(co.code[i] & 0xff)) {
      const p = co.positions[i];
      let name = OPCODES[co.code[i] & 0xff].name;
      if (name === 'JUMP_BACKWARD' || name === 'JUMP_FORWARD') name = 'JUMP';
      out.push(`${name} ${p.line}:${p.col}-${p.endLine}:${p.endCol}`);
    }
    return out;
  });
}

const CPYTHON: Record<string, { src: string; expect: string[][] }> = {
 "assign_binop": {
  "src": "x = a + b * 2\ny = -x ** 2\nz = x // 3 % 4 - (5 << 1) | 6 & 7 ^ 8 @ m / 9\n",
  "expect": [
   [
    "== <module> flags=0 stack=4",
    "LOAD_NAME 1:4-1:5",
    "LOAD_NAME 1:8-1:9",
    "LOAD_CONST 1:12-1:13",
    "BINARY_OP 1:8-1:13",
    "BINARY_OP 1:4-1:13",
    "STORE_NAME 1:0-1:1",
    "LOAD_NAME 2:5-2:6",
    "LOAD_CONST 2:10-2:11",
    "BINARY_OP 2:5-2:11",
    "UNARY_NEGATIVE 2:4-2:11",
    "STORE_NAME 2:0-2:1",
    "LOAD_NAME 3:4-3:5",
    "LOAD_CONST 3:9-3:10",
    "BINARY_OP 3:4-3:10",
    "LOAD_CONST 3:13-3:14",
    "BINARY_OP 3:4-3:14",
    "LOAD_CONST 3:18-3:24",
    "BINARY_OP 3:4-3:25",
    "LOAD_CONST 3:28-3:33",
    "LOAD_CONST 3:36-3:37",
    "LOAD_NAME 3:40-3:41",
    "BINARY_OP 3:36-3:41",
    "LOAD_CONST 3:44-3:45",
    "BINARY_OP 3:36-3:45",
    "BINARY_OP 3:28-3:45",
    "BINARY_OP 3:4-3:45",
    "STORE_NAME 3:0-3:1",
    "LOAD_CONST 3:0-3:1",
    "RETURN_VALUE 3:0-3:1"
   ]
  ]
 },
 "consts_folded": {
  "src": "a = -1\nb = 2 ** 10\nc = (1, 2, (3, 4))\nd = 'ab' + 'cd'\ne = 1 + 2j\nf = ~5\ng = not 0\n",
  "expect": [
   [
    "== <module> flags=0 stack=1",
    "LOAD_CONST 1:4-1:6",
    "STORE_NAME 1:0-1:1",
    "LOAD_CONST 2:4-2:11",
    "STORE_NAME 2:0-2:1",
    "LOAD_CONST 3:4-3:18",
    "STORE_NAME 3:0-3:1",
    "LOAD_CONST 4:4-4:15",
    "STORE_NAME 4:0-4:1",
    "LOAD_CONST 5:4-5:10",
    "STORE_NAME 5:0-5:1",
    "LOAD_CONST 6:4-6:6",
    "STORE_NAME 6:0-6:1",
    "LOAD_CONST 7:4-7:9",
    "STORE_NAME 7:0-7:1",
    "LOAD_CONST 7:0-7:1",
    "RETURN_VALUE 7:0-7:1"
   ]
  ]
 },
 "augassign": {
  "src": "x += 1\no.attr *= 2\no[i] -= 3\n",
  "expect": [
   [
    "== <module> flags=0 stack=4",
    "LOAD_NAME 1:0-1:1",
    "LOAD_CONST 1:5-1:6",
    "BINARY_OP 1:0-1:6",
    "STORE_NAME 1:0-1:1",
    "LOAD_NAME 2:0-2:1",
    "COPY 2:0-2:6",
    "LOAD_ATTR 2:0-2:6",
    "LOAD_CONST 2:10-2:11",
    "BINARY_OP 2:0-2:11",
    "SWAP 2:0-2:6",
    "STORE_ATTR 2:0-2:6",
    "LOAD_NAME 3:0-3:1",
    "LOAD_NAME 3:2-3:3",
    "COPY 3:0-3:4",
    "COPY 3:0-3:4",
    "BINARY_SUBSCR 3:0-3:4",
    "LOAD_CONST 3:8-3:9",
    "BINARY_OP 3:0-3:9",
    "SWAP 3:0-3:4",
    "SWAP 3:0-3:4",
    "STORE_SUBSCR 3:0-3:4",
    "LOAD_CONST 3:0-3:4",
    "RETURN_VALUE 3:0-3:4"
   ]
  ]
 },
 "compare_chain": {
  "src": "r = a < b <= c\ns = a is not None\nt = a not in b\n",
  "expect": [
   [
    "== <module> flags=0 stack=3",
    "LOAD_NAME 1:4-1:5",
    "LOAD_NAME 1:8-1:9",
    "SWAP 1:4-1:14",
    "COPY 1:4-1:14",
    "COMPARE_OP 1:4-1:14",
    "JUMP_IF_FALSE_OR_POP 1:4-1:14",
    "LOAD_NAME 1:13-1:14",
    "COMPARE_OP 1:4-1:14",
    "JUMP 1:4-1:14",
    "SWAP 1:4-1:14",
    "POP_TOP 1:4-1:14",
    "STORE_NAME 1:0-1:1",
    "LOAD_NAME 2:4-2:5",
    "LOAD_CONST 2:13-2:17",
    "IS_OP 2:4-2:17",
    "STORE_NAME 2:0-2:1",
    "LOAD_NAME 3:4-3:5",
    "LOAD_NAME 3:13-3:14",
    "CONTAINS_OP 3:4-3:14",
    "STORE_NAME 3:0-3:1",
    "LOAD_CONST 3:0-3:1",
    "RETURN_VALUE 3:0-3:1"
   ]
  ]
 },
 "boolops": {
  "src": "r = a and b or c\ns = not a\n",
  "expect": [
   [
    "== <module> flags=0 stack=1",
    "LOAD_NAME 1:4-1:5",
    "POP_JUMP_IF_FALSE 1:4-1:11",
    "LOAD_NAME 1:10-1:11",
    "JUMP_IF_TRUE_OR_POP 1:4-1:16",
    "LOAD_NAME 1:15-1:16",
    "STORE_NAME 1:0-1:1",
    "LOAD_NAME 2:8-2:9",
    "UNARY_NOT 2:4-2:9",
    "STORE_NAME 2:0-2:1",
    "LOAD_CONST 2:0-2:1",
    "RETURN_VALUE 2:0-2:1"
   ]
  ]
 },
 "if_elif_else": {
  "src": "if a:\n    x = 1\nelif b and c:\n    x = 2\nelse:\n    x = 3\n",
  "expect": [
   [
    "== <module> flags=0 stack=1",
    "LOAD_NAME 1:3-1:4",
    "POP_JUMP_IF_FALSE 1:0-6:9",
    "LOAD_CONST 2:8-2:9",
    "STORE_NAME 2:4-2:5",
    "LOAD_CONST 2:4-2:5",
    "RETURN_VALUE 2:4-2:5",
    "LOAD_NAME 3:5-3:6",
    "POP_JUMP_IF_FALSE 3:0-6:9",
    "LOAD_NAME 3:11-3:12",
    "POP_JUMP_IF_FALSE 3:0-6:9",
    "LOAD_CONST 4:8-4:9",
    "STORE_NAME 4:4-4:5",
    "LOAD_CONST 4:4-4:5",
    "RETURN_VALUE 4:4-4:5",
    "LOAD_CONST 6:8-6:9",
    "STORE_NAME 6:4-6:5",
    "LOAD_CONST 6:4-6:5",
    "RETURN_VALUE 6:4-6:5"
   ]
  ]
 },
 "is_none_jump": {
  "src": "if x is None:\n    y = 1\nif x is not None and y:\n    z = 2\n",
  "expect": [
   [
    "== <module> flags=0 stack=1",
    "LOAD_NAME 1:3-1:4",
    "POP_JUMP_IF_NOT_NONE 1:3-1:12",
    "LOAD_CONST 2:8-2:9",
    "STORE_NAME 2:4-2:5",
    "LOAD_NAME 3:3-3:4",
    "POP_JUMP_IF_NONE 3:3-3:16",
    "LOAD_NAME 3:21-3:22",
    "POP_JUMP_IF_FALSE 3:3-3:16",
    "LOAD_CONST 4:8-4:9",
    "STORE_NAME 4:4-4:5",
    "LOAD_CONST 4:4-4:5",
    "RETURN_VALUE 4:4-4:5",
    "LOAD_CONST 3:3-3:16",
    "RETURN_VALUE 3:3-3:16",
    "LOAD_CONST 3:3-3:16",
    "RETURN_VALUE 3:3-3:16"
   ]
  ]
 },
 "for_else_break": {
  "src": "for i in range(10):\n    if i == 3:\n        break\n    if i:\n        continue\nelse:\n    pass\n",
  "expect": [
   [
    "== <module> flags=0 stack=3",
    "PUSH_NULL 1:9-1:14",
    "LOAD_NAME 1:9-1:14",
    "LOAD_CONST 1:15-1:17",
    "CALL 1:9-1:18",
    "GET_ITER 1:0-7:8",
    "FOR_ITER 1:0-7:8",
    "STORE_NAME 1:4-1:5",
    "LOAD_NAME 2:7-2:8",
    "LOAD_CONST 2:12-2:13",
    "COMPARE_OP 2:7-2:13",
    "POP_JUMP_IF_FALSE 2:7-2:13",
    "POP_TOP 3:8-3:13",
    "LOAD_CONST 3:8-3:13",
    "RETURN_VALUE 3:8-3:13",
    "LOAD_NAME 4:7-4:8",
    "POP_JUMP_IF_FALSE 4:4-5:16",
    "JUMP 5:8-5:16",
    "JUMP 4:4-5:16",
    "LOAD_CONST 7:4-7:8",
    "RETURN_VALUE 7:4-7:8"
   ]
  ]
 },
 "calls": {
  "src": "f(1, 2)\nf(a, k=1, j=2)\nf(*args)\nf(*a, **kw)\nf(x, *a, k=1, **kw)\no.m(1, k=2)\no.m(*a)\n",
  "expect": [
   [
    "== <module> flags=0 stack=5",
    "PUSH_NULL 1:0-1:1",
    "LOAD_NAME 1:0-1:1",
    "LOAD_CONST 1:2-1:3",
    "LOAD_CONST 1:5-1:6",
    "CALL 1:0-1:7",
    "POP_TOP 1:0-1:7",
    "PUSH_NULL 2:0-2:1",
    "LOAD_NAME 2:0-2:1",
    "LOAD_NAME 2:2-2:3",
    "LOAD_CONST 2:7-2:8",
    "LOAD_CONST 2:12-2:13",
    "KW_NAMES 2:0-2:14",
    "CALL 2:0-2:14",
    "POP_TOP 2:0-2:14",
    "PUSH_NULL 3:0-3:1",
    "LOAD_NAME 3:0-3:1",
    "LOAD_NAME 3:3-3:7",
    "CALL_FUNCTION_EX 3:0-3:8",
    "POP_TOP 3:0-3:8",
    "PUSH_NULL 4:0-4:1",
    "LOAD_NAME 4:0-4:1",
    "LOAD_NAME 4:3-4:4",
    "BUILD_MAP 4:0-4:11",
    "LOAD_NAME 4:8-4:10",
    "DICT_MERGE 4:0-4:11",
    "CALL_FUNCTION_EX 4:0-4:11",
    "POP_TOP 4:0-4:11",
    "PUSH_NULL 5:0-5:1",
    "LOAD_NAME 5:0-5:1",
    "LOAD_NAME 5:2-5:3",
    "BUILD_LIST 5:0-5:19",
    "LOAD_NAME 5:6-5:7",
    "LIST_EXTEND 5:0-5:19",
    "LIST_TO_TUPLE 5:0-5:19",
    "LOAD_CONST 5:0-5:19",
    "LOAD_CONST 5:11-5:12",
    "BUILD_MAP 5:0-5:19",
    "LOAD_NAME 5:16-5:18",
    "DICT_MERGE 5:0-5:19",
    "CALL_FUNCTION_EX 5:0-5:19",
    "POP_TOP 5:0-5:19",
    "LOAD_NAME 6:0-6:1",
    "LOAD_METHOD 6:0-6:3",
    "LOAD_CONST 6:4-6:5",
    "LOAD_CONST 6:9-6:10",
    "KW_NAMES 6:0-6:3",
    "CALL 6:0-6:11",
    "POP_TOP 6:0-6:11",
    "PUSH_NULL 7:0-7:3",
    "LOAD_NAME 7:0-7:1",
    "LOAD_ATTR 7:0-7:3",
    "LOAD_NAME 7:5-7:6",
    "CALL_FUNCTION_EX 7:0-7:7",
    "POP_TOP 7:0-7:7",
    "LOAD_CONST 7:0-7:7",
    "RETURN_VALUE 7:0-7:7"
   ]
  ]
 },
 "displays": {
  "src": "l = [1, 2, 3]\nt = (a, b)\nd = {'a': 1, 'b': 2}\nd2 = {a: 1, **m}\ns = {1, 2, 3}\ne = [a, *b, c]\n",
  "expect": [
   [
    "== <module> flags=0 stack=3",
    "BUILD_LIST 1:4-1:13",
    "LOAD_CONST 1:4-1:13",
    "LIST_EXTEND 1:4-1:13",
    "STORE_NAME 1:0-1:1",
    "LOAD_NAME 2:5-2:6",
    "LOAD_NAME 2:8-2:9",
    "BUILD_TUPLE 2:4-2:10",
    "STORE_NAME 2:0-2:1",
    "LOAD_CONST 3:10-3:11",
    "LOAD_CONST 3:18-3:19",
    "LOAD_CONST 3:4-3:20",
    "BUILD_CONST_KEY_MAP 3:4-3:20",
    "STORE_NAME 3:0-3:1",
    "LOAD_NAME 4:6-4:7",
    "LOAD_CONST 4:9-4:10",
    "BUILD_MAP 4:5-4:16",
    "LOAD_NAME 4:14-4:15",
    "DICT_UPDATE 4:5-4:16",
    "STORE_NAME 4:0-4:2",
    "BUILD_SET 5:4-5:13",
    "LOAD_CONST 5:4-5:13",
    "SET_UPDATE 5:4-5:13",
    "STORE_NAME 5:0-5:1",
    "LOAD_NAME 6:5-6:6",
    "BUILD_LIST 6:4-6:14",
    "LOAD_NAME 6:9-6:10",
    "LIST_EXTEND 6:4-6:14",
    "LOAD_NAME 6:12-6:13",
    "LIST_APPEND 6:4-6:14",
    "STORE_NAME 6:0-6:1",
    "LOAD_CONST 6:0-6:1",
    "RETURN_VALUE 6:0-6:1"
   ]
  ]
 },
 "subscripts": {
  "src": "x = a[1]\ny = a[1:2]\nz = a[::2, 1:]\na[0] = 1\ndel a[0], a.b\n",
  "expect": [
   [
    "== <module> flags=0 stack=4",
    "LOAD_NAME 1:4-1:5",
    "LOAD_CONST 1:6-1:7",
    "BINARY_SUBSCR 1:4-1:8",
    "STORE_NAME 1:0-1:1",
    "LOAD_NAME 2:4-2:5",
    "LOAD_CONST 2:6-2:7",
    "LOAD_CONST 2:8-2:9",
    "BUILD_SLICE 2:6-2:9",
    "BINARY_SUBSCR 2:4-2:10",
    "STORE_NAME 2:0-2:1",
    "LOAD_NAME 3:4-3:5",
    "LOAD_CONST 3:6-3:9",
    "LOAD_CONST 3:6-3:9",
    "LOAD_CONST 3:8-3:9",
    "BUILD_SLICE 3:6-3:9",
    "LOAD_CONST 3:11-3:12",
    "LOAD_CONST 3:11-3:13",
    "BUILD_SLICE 3:11-3:13",
    "BUILD_TUPLE 3:6-3:13",
    "BINARY_SUBSCR 3:4-3:14",
    "STORE_NAME 3:0-3:1",
    "LOAD_CONST 4:7-4:8",
    "LOAD_NAME 4:0-4:1",
    "LOAD_CONST 4:2-4:3",
    "STORE_SUBSCR 4:0-4:4",
    "LOAD_NAME 5:4-5:5",
    "LOAD_CONST 5:6-5:7",
    "DELETE_SUBSCR 5:4-5:8",
    "LOAD_NAME 5:10-5:11",
    "DELETE_ATTR 5:10-5:13",
    "LOAD_CONST 5:10-5:13",
    "RETURN_VALUE 5:10-5:13"
   ]
  ]
 },
 "unpack": {
  "src": "a, b = c\na, *b, c = d\n[x, y] = 1, 2\na, b = b, a\n",
  "expect": [
   [
    "== <module> flags=0 stack=3",
    "LOAD_NAME 1:7-1:8",
    "UNPACK_SEQUENCE 1:0-1:4",
    "STORE_NAME 1:0-1:1",
    "STORE_NAME 1:3-1:4",
    "LOAD_NAME 2:11-2:12",
    "UNPACK_EX 2:0-2:8",
    "STORE_NAME 2:0-2:1",
    "STORE_NAME 2:4-2:5",
    "STORE_NAME 2:7-2:8",
    "LOAD_CONST 3:9-3:13",
    "UNPACK_SEQUENCE 3:0-3:6",
    "STORE_NAME 3:1-3:2",
    "STORE_NAME 3:4-3:5",
    "LOAD_NAME 4:7-4:8",
    "LOAD_NAME 4:10-4:11",
    "SWAP 4:0-4:4",
    "STORE_NAME 4:0-4:1",
    "STORE_NAME 4:3-4:4",
    "LOAD_CONST 4:3-4:4",
    "RETURN_VALUE 4:3-4:4"
   ]
  ]
 },
 "fstrings": {
  "src": "s = f'{a} and {b!r:>{w}}'\nt = f'{x}'\nu = f'a{b!s}c{d!a}'\n",
  "expect": [
   [
    "== <module> flags=0 stack=5",
    "LOAD_NAME 1:7-1:8",
    "FORMAT_VALUE 1:4-1:25",
    "LOAD_CONST 1:4-1:25",
    "LOAD_NAME 1:15-1:16",
    "LOAD_CONST 1:4-1:25",
    "LOAD_NAME 1:21-1:22",
    "FORMAT_VALUE 1:4-1:25",
    "BUILD_STRING 1:4-1:25",
    "FORMAT_VALUE 1:4-1:25",
    "BUILD_STRING 1:4-1:25",
    "STORE_NAME 1:0-1:1",
    "LOAD_NAME 2:7-2:8",
    "FORMAT_VALUE 2:4-2:10",
    "STORE_NAME 2:0-2:1",
    "LOAD_CONST 3:4-3:19",
    "LOAD_NAME 3:8-3:9",
    "FORMAT_VALUE 3:4-3:19",
    "LOAD_CONST 3:4-3:19",
    "LOAD_NAME 3:14-3:15",
    "FORMAT_VALUE 3:4-3:19",
    "BUILD_STRING 3:4-3:19",
    "STORE_NAME 3:0-3:1",
    "LOAD_CONST 3:0-3:1",
    "RETURN_VALUE 3:0-3:1"
   ]
  ]
 },
 "functions": {
  "src": "def f(a, b=1, *c, d, e=2, **g):\n    return a\ndef h(x, /, y): pass\n@dec\ndef k(): 'doc'\n",
  "expect": [
   [
    "== <module> flags=0 stack=3",
    "LOAD_CONST 1:0-2:12",
    "LOAD_CONST 1:23-1:24",
    "LOAD_CONST 1:0-2:12",
    "BUILD_CONST_KEY_MAP 1:0-2:12",
    "LOAD_CONST 1:0-2:12",
    "MAKE_FUNCTION 1:0-2:12",
    "STORE_NAME 1:0-2:12",
    "LOAD_CONST 3:0-3:20",
    "MAKE_FUNCTION 3:0-3:20",
    "STORE_NAME 3:0-3:20",
    "LOAD_NAME 4:1-4:4",
    "LOAD_CONST 5:0-5:14",
    "MAKE_FUNCTION 5:0-5:14",
    "CALL 4:1-4:4",
    "STORE_NAME 5:0-5:14",
    "LOAD_CONST 5:0-5:14",
    "RETURN_VALUE 5:0-5:14"
   ],
   [
    "== f flags=15 stack=1",
    "LOAD_FAST 2:11-2:12",
    "RETURN_VALUE 2:4-2:12"
   ],
   [
    "== h flags=3 stack=1",
    "LOAD_CONST 3:0-3:0",
    "RETURN_VALUE 3:0-3:0"
   ],
   [
    "== k flags=3 stack=1",
    "LOAD_CONST 4:0-4:0",
    "RETURN_VALUE 4:0-4:0"
   ]
  ]
 },
 "annotations_func": {
  "src": "def f(a: int, *, b: str = 'x') -> bool:\n    return a\n",
  "expect": [
   [
    "== <module> flags=0 stack=7",
    "LOAD_CONST 1:26-1:29",
    "LOAD_CONST 1:0-2:12",
    "BUILD_CONST_KEY_MAP 1:0-2:12",
    "LOAD_CONST 1:0-2:12",
    "LOAD_NAME 1:9-1:12",
    "LOAD_CONST 1:0-2:12",
    "LOAD_NAME 1:20-1:23",
    "LOAD_CONST 1:0-2:12",
    "LOAD_NAME 1:34-1:38",
    "BUILD_TUPLE 1:0-2:12",
    "LOAD_CONST 1:0-2:12",
    "MAKE_FUNCTION 1:0-2:12",
    "STORE_NAME 1:0-2:12",
    "LOAD_CONST 1:0-2:12",
    "RETURN_VALUE 1:0-2:12"
   ],
   [
    "== f flags=3 stack=1",
    "LOAD_FAST 2:11-2:12",
    "RETURN_VALUE 2:4-2:12"
   ]
  ]
 },
 "closures": {
  "src": "def outer(n):\n    total = 0\n    def inner(k):\n        nonlocal total\n        total += k\n        return total + n\n    return inner\n",
  "expect": [
   [
    "== <module> flags=0 stack=1",
    "LOAD_CONST 1:0-7:16",
    "MAKE_FUNCTION 1:0-7:16",
    "STORE_NAME 1:0-7:16",
    "LOAD_CONST 1:0-7:16",
    "RETURN_VALUE 1:0-7:16"
   ],
   [
    "== outer flags=3 stack=2",
    "MAKE_CELL 0:-1-0:-1",
    "MAKE_CELL 0:-1-0:-1",
    "LOAD_CONST 2:12-2:13",
    "STORE_DEREF 2:4-2:9",
    "LOAD_CLOSURE 3:4-6:24",
    "LOAD_CLOSURE 3:4-6:24",
    "BUILD_TUPLE 3:4-6:24",
    "LOAD_CONST 3:4-6:24",
    "MAKE_FUNCTION 3:4-6:24",
    "STORE_FAST 3:4-6:24",
    "LOAD_FAST 7:11-7:16",
    "RETURN_VALUE 7:4-7:16"
   ],
   [
    "== outer.<locals>.inner flags=19 stack=2",
    "COPY_FREE_VARS 0:-1-0:-1",
    "LOAD_DEREF 5:8-5:13",
    "LOAD_FAST 5:17-5:18",
    "BINARY_OP 5:8-5:18",
    "STORE_DEREF 5:8-5:13",
    "LOAD_DEREF 6:15-6:20",
    "LOAD_DEREF 6:23-6:24",
    "BINARY_OP 6:15-6:24",
    "RETURN_VALUE 6:8-6:24"
   ]
  ]
 },
 "lambda_comp": {
  "src": "f = lambda x, *, y=2: x + y\nl = [i * 2 for i in r if i]\ns = {i for i in r}\nd = {k: v for k, v in items}\ng = (x for x in y for z in x)\n",
  "expect": [
   [
    "== <module> flags=0 stack=2",
    "LOAD_CONST 1:19-1:20",
    "LOAD_CONST 1:4-1:27",
    "BUILD_CONST_KEY_MAP 1:4-1:27",
    "LOAD_CONST 1:4-1:27",
    "MAKE_FUNCTION 1:4-1:27",
    "STORE_NAME 1:0-1:1",
    "LOAD_CONST 2:4-2:27",
    "MAKE_FUNCTION 2:4-2:27",
    "LOAD_NAME 2:20-2:21",
    "GET_ITER 2:4-2:27",
    "CALL 2:4-2:27",
    "STORE_NAME 2:0-2:1",
    "LOAD_CONST 3:4-3:18",
    "MAKE_FUNCTION 3:4-3:18",
    "LOAD_NAME 3:16-3:17",
    "GET_ITER 3:4-3:18",
    "CALL 3:4-3:18",
    "STORE_NAME 3:0-3:1",
    "LOAD_CONST 4:4-4:28",
    "MAKE_FUNCTION 4:4-4:28",
    "LOAD_NAME 4:22-4:27",
    "GET_ITER 4:4-4:28",
    "CALL 4:4-4:28",
    "STORE_NAME 4:0-4:1",
    "LOAD_CONST 5:4-5:29",
    "MAKE_FUNCTION 5:4-5:29",
    "LOAD_NAME 5:16-5:17",
    "GET_ITER 5:4-5:29",
    "CALL 5:4-5:29",
    "STORE_NAME 5:0-5:1",
    "LOAD_CONST 5:0-5:1",
    "RETURN_VALUE 5:0-5:1"
   ],
   [
    "== <lambda> flags=3 stack=2",
    "LOAD_FAST 1:22-1:23",
    "LOAD_FAST 1:26-1:27",
    "BINARY_OP 1:22-1:27",
    "RETURN_VALUE 1:0-1:0"
   ],
   [
    "== <listcomp> flags=3 stack=4",
    "BUILD_LIST 2:4-2:27",
    "LOAD_FAST 2:4-2:27",
    "FOR_ITER 2:4-2:27",
    "STORE_FAST 2:15-2:16",
    "LOAD_FAST 2:25-2:26",
    "POP_JUMP_IF_FALSE 2:4-2:27",
    "LOAD_FAST 2:5-2:6",
    "LOAD_CONST 2:9-2:10",
    "BINARY_OP 2:5-2:10",
    "LIST_APPEND 2:4-2:27",
    "JUMP 2:4-2:27",
    "RETURN_VALUE 2:4-2:27"
   ],
   [
    "== <setcomp> flags=3 stack=3",
    "BUILD_SET 3:4-3:18",
    "LOAD_FAST 3:4-3:18",
    "FOR_ITER 3:4-3:18",
    "STORE_FAST 3:11-3:12",
    "LOAD_FAST 3:5-3:6",
    "SET_ADD 3:4-3:18",
    "JUMP 3:4-3:18",
    "RETURN_VALUE 3:4-3:18"
   ],
   [
    "== <dictcomp> flags=3 stack=4",
    "BUILD_MAP 4:4-4:28",
    "LOAD_FAST 4:4-4:28",
    "FOR_ITER 4:4-4:28",
    "UNPACK_SEQUENCE 4:14-4:18",
    "STORE_FAST 4:14-4:15",
    "STORE_FAST 4:17-4:18",
    "LOAD_FAST 4:5-4:6",
    "LOAD_FAST 4:8-4:9",
    "MAP_ADD 4:4-4:28",
    "JUMP 4:4-4:28",
    "RETURN_VALUE 4:4-4:28"
   ],
   [
    "== <genexpr> flags=35 stack=3",
    "RETURN_GENERATOR 5:-1-5:-1",
    "POP_TOP 5:-1-5:-1",
    "LOAD_FAST 5:4-5:29",
    "FOR_ITER 5:4-5:29",
    "STORE_FAST 5:11-5:12",
    "LOAD_FAST 5:27-5:28",
    "GET_ITER 5:4-5:29",
    "FOR_ITER 5:4-5:29",
    "STORE_FAST 5:22-5:23",
    "LOAD_FAST 5:5-5:6",
    "YIELD_VALUE 5:4-5:29",
    "POP_TOP 5:4-5:29",
    "JUMP 5:4-5:29",
    "JUMP 5:4-5:29",
    "LOAD_CONST 5:4-5:29",
    "RETURN_VALUE 5:4-5:29"
   ]
  ]
 },
 "try_except": {
  "src": "try:\n    f()\nexcept ValueError as e:\n    print(e)\nexcept (TypeError, KeyError):\n    pass\nexcept:\n    raise\nelse:\n    g()\n",
  "expect": [
   [
    "== <module> flags=0 stack=4",
    "NOP 1:0-10:7",
    "PUSH_NULL 2:4-2:5",
    "LOAD_NAME 2:4-2:5",
    "CALL 2:4-2:7",
    "POP_TOP 2:4-2:7",
    "PUSH_NULL 10:4-10:5",
    "LOAD_NAME 10:4-10:5",
    "CALL 10:4-10:7",
    "POP_TOP 10:4-10:7",
    "LOAD_CONST 10:4-10:7",
    "RETURN_VALUE 10:4-10:7",
    "PUSH_EXC_INFO 0:-1-0:-1",
    "LOAD_NAME 3:7-3:17",
    "CHECK_EXC_MATCH 3:0-4:12",
    "POP_JUMP_IF_FALSE 3:0-4:12",
    "STORE_NAME 3:0-4:12",
    "PUSH_NULL 4:4-4:9",
    "LOAD_NAME 4:4-4:9",
    "LOAD_NAME 4:10-4:11",
    "CALL 4:4-4:12",
    "POP_TOP 4:4-4:12",
    "POP_EXCEPT 4:4-4:12",
    "LOAD_CONST 4:4-4:12",
    "STORE_NAME 4:4-4:12",
    "DELETE_NAME 4:4-4:12",
    "LOAD_CONST 4:4-4:12",
    "RETURN_VALUE 4:4-4:12",
    "LOAD_CONST 0:-1-0:-1",
    "STORE_NAME 0:-1-0:-1",
    "DELETE_NAME 0:-1-0:-1",
    "RERAISE 0:-1-0:-1",
    "LOAD_NAME 5:8-5:17",
    "LOAD_NAME 5:19-5:27",
    "BUILD_TUPLE 5:7-5:28",
    "CHECK_EXC_MATCH 5:0-6:8",
    "POP_JUMP_IF_FALSE 5:0-6:8",
    "POP_TOP 5:0-6:8",
    "POP_EXCEPT 6:4-6:8",
    "LOAD_CONST 6:4-6:8",
    "RETURN_VALUE 6:4-6:8",
    "POP_TOP 7:0-8:9",
    "RAISE_VARARGS 8:4-8:9",
    "COPY 0:-1-0:-1",
    "POP_EXCEPT 0:-1-0:-1",
    "RERAISE 0:-1-0:-1"
   ]
  ]
 },
 "try_finally": {
  "src": "try:\n    f()\nfinally:\n    h()\n",
  "expect": [
   [
    "== <module> flags=0 stack=4",
    "NOP 1:0-4:7",
    "PUSH_NULL 2:4-2:5",
    "LOAD_NAME 2:4-2:5",
    "CALL 2:4-2:7",
    "POP_TOP 2:4-2:7",
    "PUSH_NULL 4:4-4:5",
    "LOAD_NAME 4:4-4:5",
    "CALL 4:4-4:7",
    "POP_TOP 4:4-4:7",
    "LOAD_CONST 4:4-4:7",
    "RETURN_VALUE 4:4-4:7",
    "PUSH_EXC_INFO 0:-1-0:-1",
    "PUSH_NULL 4:4-4:5",
    "LOAD_NAME 4:4-4:5",
    "CALL 4:4-4:7",
    "POP_TOP 4:4-4:7",
    "RERAISE 4:4-4:7",
    "COPY 0:-1-0:-1",
    "POP_EXCEPT 0:-1-0:-1",
    "RERAISE 0:-1-0:-1"
   ]
  ]
 },
 "try_finally_return": {
  "src": "def f():\n    try:\n        return g()\n    finally:\n        h()\n",
  "expect": [
   [
    "== <module> flags=0 stack=1",
    "LOAD_CONST 1:0-5:11",
    "MAKE_FUNCTION 1:0-5:11",
    "STORE_NAME 1:0-5:11",
    "LOAD_CONST 1:0-5:11",
    "RETURN_VALUE 1:0-5:11"
   ],
   [
    "== f flags=3 stack=4",
    "NOP 2:4-5:11",
    "PUSH_NULL 3:15-3:16",
    "LOAD_GLOBAL 3:15-3:16",
    "CALL 3:15-3:18",
    "PUSH_NULL 5:8-5:9",
    "LOAD_GLOBAL 5:8-5:9",
    "CALL 5:8-5:11",
    "POP_TOP 5:8-5:11",
    "RETURN_VALUE 5:8-5:11",
    "PUSH_EXC_INFO 0:-1-0:-1",
    "PUSH_NULL 5:8-5:9",
    "LOAD_GLOBAL 5:8-5:9",
    "CALL 5:8-5:11",
    "POP_TOP 5:8-5:11",
    "RERAISE 5:8-5:11",
    "COPY 0:-1-0:-1",
    "POP_EXCEPT 0:-1-0:-1",
    "RERAISE 0:-1-0:-1"
   ]
  ]
 },
 "loop_try_break": {
  "src": "for i in x:\n    try:\n        break\n    finally:\n        print(i)\n",
  "expect": [
   [
    "== <module> flags=0 stack=6",
    "LOAD_NAME 1:9-1:10",
    "GET_ITER 1:0-5:16",
    "FOR_ITER 1:0-5:16",
    "STORE_NAME 1:4-1:5",
    "NOP 2:4-5:16",
    "NOP 3:8-3:13",
    "PUSH_NULL 5:8-5:13",
    "LOAD_NAME 5:8-5:13",
    "LOAD_NAME 5:14-5:15",
    "CALL 5:8-5:16",
    "POP_TOP 5:8-5:16",
    "POP_TOP 5:8-5:16",
    "LOAD_CONST 5:8-5:16",
    "RETURN_VALUE 5:8-5:16",
    "PUSH_EXC_INFO 0:-1-0:-1",
    "PUSH_NULL 5:8-5:13",
    "LOAD_NAME 5:8-5:13",
    "LOAD_NAME 5:14-5:15",
    "CALL 5:8-5:16",
    "POP_TOP 5:8-5:16",
    "RERAISE 5:8-5:16",
    "COPY 0:-1-0:-1",
    "POP_EXCEPT 0:-1-0:-1",
    "RERAISE 0:-1-0:-1",
    "LOAD_CONST 1:0-5:16",
    "RETURN_VALUE 1:0-5:16"
   ]
  ]
 },
 "with": {
  "src": "with open(p) as fp, lock:\n    data = fp.read()\n",
  "expect": [
   [
    "== <module> flags=0 stack=7",
    "PUSH_NULL 1:5-1:9",
    "LOAD_NAME 1:5-1:9",
    "LOAD_NAME 1:10-1:11",
    "CALL 1:5-1:12",
    "BEFORE_WITH 1:0-2:20",
    "STORE_NAME 1:16-1:18",
    "LOAD_NAME 1:20-1:24",
    "BEFORE_WITH 1:0-2:20",
    "POP_TOP 1:0-2:20",
    "LOAD_NAME 2:11-2:13",
    "LOAD_METHOD 2:11-2:18",
    "CALL 2:11-2:20",
    "STORE_NAME 2:4-2:8",
    "LOAD_CONST 1:0-2:20",
    "LOAD_CONST 1:0-2:20",
    "LOAD_CONST 1:0-2:20",
    "CALL 1:0-2:20",
    "POP_TOP 1:0-2:20",
    "JUMP 1:0-2:20",
    "PUSH_EXC_INFO 1:0-2:20",
    "WITH_EXCEPT_START 1:0-2:20",
    "POP_JUMP_IF_TRUE 1:0-2:20",
    "RERAISE 1:0-2:20",
    "COPY 0:-1-0:-1",
    "POP_EXCEPT 0:-1-0:-1",
    "RERAISE 0:-1-0:-1",
    "POP_TOP 1:0-2:20",
    "POP_EXCEPT 1:0-2:20",
    "POP_TOP 1:0-2:20",
    "POP_TOP 1:0-2:20",
    "LOAD_CONST 1:0-2:20",
    "LOAD_CONST 1:0-2:20",
    "LOAD_CONST 1:0-2:20",
    "CALL 1:0-2:20",
    "POP_TOP 1:0-2:20",
    "LOAD_CONST 1:0-2:20",
    "RETURN_VALUE 1:0-2:20",
    "PUSH_EXC_INFO 1:0-2:20",
    "WITH_EXCEPT_START 1:0-2:20",
    "POP_JUMP_IF_TRUE 1:0-2:20",
    "RERAISE 1:0-2:20",
    "COPY 0:-1-0:-1",
    "POP_EXCEPT 0:-1-0:-1",
    "RERAISE 0:-1-0:-1",
    "POP_TOP 1:0-2:20",
    "POP_EXCEPT 1:0-2:20",
    "POP_TOP 1:0-2:20",
    "POP_TOP 1:0-2:20",
    "LOAD_CONST 1:0-2:20",
    "RETURN_VALUE 1:0-2:20"
   ]
  ]
 },
 "with_return": {
  "src": "def f():\n    with a as b:\n        return b\n",
  "expect": [
   [
    "== <module> flags=0 stack=1",
    "LOAD_CONST 1:0-3:16",
    "MAKE_FUNCTION 1:0-3:16",
    "STORE_NAME 1:0-3:16",
    "LOAD_CONST 1:0-3:16",
    "RETURN_VALUE 1:0-3:16"
   ],
   [
    "== f flags=3 stack=6",
    "LOAD_GLOBAL 2:9-2:10",
    "BEFORE_WITH 2:4-3:16",
    "STORE_FAST 2:14-2:15",
    "LOAD_FAST 3:15-3:16",
    "SWAP 2:4-3:16",
    "LOAD_CONST 2:4-3:16",
    "LOAD_CONST 2:4-3:16",
    "LOAD_CONST 2:4-3:16",
    "CALL 2:4-3:16",
    "POP_TOP 2:4-3:16",
    "RETURN_VALUE 2:4-3:16",
    "PUSH_EXC_INFO 2:4-3:16",
    "WITH_EXCEPT_START 2:4-3:16",
    "POP_JUMP_IF_TRUE 2:4-3:16",
    "RERAISE 2:4-3:16",
    "COPY 0:-1-0:-1",
    "POP_EXCEPT 0:-1-0:-1",
    "RERAISE 0:-1-0:-1",
    "POP_TOP 2:4-3:16",
    "POP_EXCEPT 2:4-3:16",
    "POP_TOP 2:4-3:16",
    "POP_TOP 2:4-3:16",
    "LOAD_CONST 2:4-3:16",
    "RETURN_VALUE 2:4-3:16"
   ]
  ]
 },
 "raise": {
  "src": "raise ValueError('x') from e\n",
  "expect": [
   [
    "== <module> flags=0 stack=3",
    "PUSH_NULL 1:6-1:16",
    "LOAD_NAME 1:6-1:16",
    "LOAD_CONST 1:17-1:20",
    "CALL 1:6-1:21",
    "LOAD_NAME 1:27-1:28",
    "RAISE_VARARGS 1:0-1:28"
   ]
  ]
 },
 "assert": {
  "src": "assert x, 'msg'\nassert y\n",
  "expect": [
   [
    "== <module> flags=0 stack=2",
    "LOAD_NAME 1:7-1:8",
    "POP_JUMP_IF_TRUE 1:0-1:15",
    "LOAD_ASSERTION_ERROR 1:0-1:15",
    "LOAD_CONST 1:10-1:15",
    "CALL 1:0-1:15",
    "RAISE_VARARGS 1:0-1:15",
    "LOAD_NAME 2:7-2:8",
    "POP_JUMP_IF_TRUE 2:0-2:8",
    "LOAD_ASSERTION_ERROR 2:0-2:8",
    "RAISE_VARARGS 2:0-2:8",
    "LOAD_CONST 2:0-2:8",
    "RETURN_VALUE 2:0-2:8"
   ]
  ]
 },
 "classes": {
  "src": "class C(Base, metaclass=M):\n    'doc'\n    x: int = 3\n    def m(self):\n        return super().m()\n    @staticmethod\n    def s(*a, **k):\n        return __class__\n",
  "expect": [
   [
    "== <module> flags=0 stack=6",
    "PUSH_NULL 1:0-8:24",
    "LOAD_BUILD_CLASS 1:0-8:24",
    "LOAD_CONST 1:0-8:24",
    "MAKE_FUNCTION 1:0-8:24",
    "LOAD_CONST 1:0-8:24",
    "LOAD_NAME 1:8-1:12",
    "LOAD_NAME 1:24-1:25",
    "KW_NAMES 1:0-8:24",
    "CALL 1:0-8:24",
    "STORE_NAME 1:0-8:24",
    "LOAD_CONST 1:0-8:24",
    "RETURN_VALUE 1:0-8:24"
   ],
   [
    "== C flags=0 stack=3",
    "MAKE_CELL 0:-1-0:-1",
    "LOAD_NAME 1:0-1:0",
    "STORE_NAME 1:0-1:0",
    "LOAD_CONST 1:0-1:0",
    "STORE_NAME 1:0-1:0",
    "SETUP_ANNOTATIONS 1:0-1:0",
    "LOAD_CONST 2:4-2:9",
    "STORE_NAME 2:4-2:9",
    "LOAD_CONST 3:13-3:14",
    "STORE_NAME 3:4-3:5",
    "LOAD_NAME 3:7-3:10",
    "LOAD_NAME 3:4-3:14",
    "LOAD_CONST 3:4-3:14",
    "STORE_SUBSCR 3:4-3:14",
    "LOAD_CLOSURE 4:4-5:26",
    "BUILD_TUPLE 4:4-5:26",
    "LOAD_CONST 4:4-5:26",
    "MAKE_FUNCTION 4:4-5:26",
    "STORE_NAME 4:4-5:26",
    "LOAD_NAME 6:5-6:17",
    "LOAD_CLOSURE 7:4-8:24",
    "BUILD_TUPLE 7:4-8:24",
    "LOAD_CONST 7:4-8:24",
    "MAKE_FUNCTION 7:4-8:24",
    "CALL 6:5-6:17",
    "STORE_NAME 7:4-8:24",
    "LOAD_CLOSURE 7:4-8:24",
    "COPY 7:4-8:24",
    "STORE_NAME 7:4-8:24",
    "RETURN_VALUE 7:4-8:24"
   ],
   [
    "== C.m flags=3 stack=2",
    "COPY_FREE_VARS 0:-1-0:-1",
    "PUSH_NULL 5:15-5:20",
    "LOAD_GLOBAL 5:15-5:20",
    "CALL 5:15-5:22",
    "LOAD_METHOD 5:15-5:24",
    "CALL 5:15-5:26",
    "RETURN_VALUE 5:8-5:26"
   ],
   [
    "== C.s flags=15 stack=1",
    "COPY_FREE_VARS 0:-1-0:-1",
    "LOAD_DEREF 8:15-8:24",
    "RETURN_VALUE 8:8-8:24"
   ]
  ]
 },
 "private_names": {
  "src": "class P:\n    __x = 1\n    def __m(self):\n        return self.__x\n",
  "expect": [
   [
    "== <module> flags=0 stack=4",
    "PUSH_NULL 1:0-4:23",
    "LOAD_BUILD_CLASS 1:0-4:23",
    "LOAD_CONST 1:0-4:23",
    "MAKE_FUNCTION 1:0-4:23",
    "LOAD_CONST 1:0-4:23",
    "CALL 1:0-4:23",
    "STORE_NAME 1:0-4:23",
    "LOAD_CONST 1:0-4:23",
    "RETURN_VALUE 1:0-4:23"
   ],
   [
    "== P flags=0 stack=1",
    "LOAD_NAME 1:0-1:0",
    "STORE_NAME 1:0-1:0",
    "LOAD_CONST 1:0-1:0",
    "STORE_NAME 1:0-1:0",
    "LOAD_CONST 2:10-2:11",
    "STORE_NAME 2:4-2:7",
    "LOAD_CONST 3:4-4:23",
    "MAKE_FUNCTION 3:4-4:23",
    "STORE_NAME 3:4-4:23",
    "LOAD_CONST 3:4-4:23",
    "RETURN_VALUE 3:4-4:23"
   ],
   [
    "== P.__m flags=3 stack=1",
    "LOAD_FAST 4:15-4:19",
    "LOAD_ATTR 4:15-4:23",
    "RETURN_VALUE 4:8-4:23"
   ]
  ]
 },
 "generators": {
  "src": "def gen(n):\n    yield n\n    x = yield\n    yield from range(n)\n",
  "expect": [
   [
    "== <module> flags=0 stack=1",
    "LOAD_CONST 1:0-4:23",
    "MAKE_FUNCTION 1:0-4:23",
    "STORE_NAME 1:0-4:23",
    "LOAD_CONST 1:0-4:23",
    "RETURN_VALUE 1:0-4:23"
   ],
   [
    "== gen flags=35 stack=3",
    "RETURN_GENERATOR 1:-1-1:-1",
    "POP_TOP 1:-1-1:-1",
    "LOAD_FAST 2:10-2:11",
    "YIELD_VALUE 2:4-2:11",
    "POP_TOP 2:4-2:11",
    "LOAD_CONST 3:8-3:13",
    "YIELD_VALUE 3:8-3:13",
    "STORE_FAST 3:4-3:5",
    "PUSH_NULL 4:15-4:20",
    "LOAD_GLOBAL 4:15-4:20",
    "LOAD_FAST 4:21-4:22",
    "CALL 4:15-4:23",
    "GET_YIELD_FROM_ITER 4:4-4:23",
    "LOAD_CONST 4:4-4:23",
    "SEND 4:4-4:23",
    "YIELD_VALUE 4:4-4:23",
    "JUMP 4:4-4:23",
    "POP_TOP 4:4-4:23",
    "LOAD_CONST 4:4-4:23",
    "RETURN_VALUE 4:4-4:23"
   ]
  ]
 },
 "coroutines": {
  "src": "async def co():\n    await x\n    async with a as b:\n        pass\n    async for i in ait():\n        pass\n    return [j async for j in ait()]\n",
  "expect": [
   [
    "== <module> flags=0 stack=1",
    "LOAD_CONST 1:0-7:35",
    "MAKE_FUNCTION 1:0-7:35",
    "STORE_NAME 1:0-7:35",
    "LOAD_CONST 1:0-7:35",
    "RETURN_VALUE 1:0-7:35"
   ],
   [
    "== co flags=131 stack=6",
    "RETURN_GENERATOR 1:-1-1:-1",
    "POP_TOP 1:-1-1:-1",
    "LOAD_GLOBAL 2:10-2:11",
    "GET_AWAITABLE 2:4-2:11",
    "LOAD_CONST 2:4-2:11",
    "SEND 2:4-2:11",
    "YIELD_VALUE 2:4-2:11",
    "JUMP 2:4-2:11",
    "POP_TOP 2:4-2:11",
    "LOAD_GLOBAL 3:15-3:16",
    "BEFORE_ASYNC_WITH 3:4-4:12",
    "GET_AWAITABLE 3:4-4:12",
    "LOAD_CONST 3:4-4:12",
    "SEND 3:4-4:12",
    "YIELD_VALUE 3:4-4:12",
    "JUMP 3:4-4:12",
    "STORE_FAST 3:20-3:21",
    "NOP 4:8-4:12",
    "LOAD_CONST 3:4-4:12",
    "LOAD_CONST 3:4-4:12",
    "LOAD_CONST 3:4-4:12",
    "CALL 3:4-4:12",
    "GET_AWAITABLE 3:4-4:12",
    "LOAD_CONST 3:4-4:12",
    "SEND 3:4-4:12",
    "YIELD_VALUE 3:4-4:12",
    "JUMP 3:4-4:12",
    "POP_TOP 3:4-4:12",
    "JUMP 3:4-4:12",
    "PUSH_EXC_INFO 3:4-4:12",
    "WITH_EXCEPT_START 3:4-4:12",
    "GET_AWAITABLE 3:4-4:12",
    "LOAD_CONST 3:4-4:12",
    "SEND 3:4-4:12",
    "YIELD_VALUE 3:4-4:12",
    "JUMP 3:4-4:12",
    "POP_JUMP_IF_TRUE 3:4-4:12",
    "RERAISE 3:4-4:12",
    "COPY 0:-1-0:-1",
    "POP_EXCEPT 0:-1-0:-1",
    "RERAISE 0:-1-0:-1",
    "POP_TOP 3:4-4:12",
    "POP_EXCEPT 3:4-4:12",
    "POP_TOP 3:4-4:12",
    "POP_TOP 3:4-4:12",
    "PUSH_NULL 5:19-5:22",
    "LOAD_GLOBAL 5:19-5:22",
    "CALL 5:19-5:24",
    "GET_AITER 5:4-6:12",
    "GET_ANEXT 5:4-6:12",
    "LOAD_CONST 5:4-6:12",
    "SEND 5:4-6:12",
    "YIELD_VALUE 5:4-6:12",
    "JUMP 5:4-6:12",
    "STORE_FAST 5:14-5:15",
    "JUMP 6:8-6:12",
    "END_ASYNC_FOR 5:19-5:24",
    "LOAD_CONST 7:11-7:35",
    "MAKE_FUNCTION 7:11-7:35",
    "PUSH_NULL 7:29-7:32",
    "LOAD_GLOBAL 7:29-7:32",
    "CALL 7:29-7:34",
    "GET_AITER 7:11-7:35",
    "CALL 7:11-7:35",
    "GET_AWAITABLE 7:11-7:35",
    "LOAD_CONST 7:11-7:35",
    "SEND 7:11-7:35",
    "YIELD_VALUE 7:11-7:35",
    "JUMP 7:11-7:35",
    "RETURN_VALUE 7:4-7:35"
   ],
   [
    "== co.<locals>.<listcomp> flags=147 stack=4",
    "RETURN_GENERATOR 7:-1-7:-1",
    "POP_TOP 7:-1-7:-1",
    "BUILD_LIST 7:11-7:35",
    "LOAD_FAST 7:11-7:35",
    "GET_ANEXT 7:11-7:35",
    "LOAD_CONST 7:11-7:35",
    "SEND 7:11-7:35",
    "YIELD_VALUE 7:11-7:35",
    "JUMP 7:11-7:35",
    "STORE_FAST 7:24-7:25",
    "LOAD_FAST 7:12-7:13",
    "LIST_APPEND 7:11-7:35",
    "JUMP 7:11-7:35",
    "END_ASYNC_FOR 7:11-7:35",
    "RETURN_VALUE 7:11-7:35"
   ]
  ]
 },
 "imports": {
  "src": "import os\nimport a.b.c\nimport a.b.c as d\nfrom x import y as z, w\nfrom . import q\nfrom m import *\n",
  "expect": [
   [
    "== <module> flags=0 stack=2",
    "LOAD_CONST 1:0-1:9",
    "LOAD_CONST 1:0-1:9",
    "IMPORT_NAME 1:0-1:9",
    "STORE_NAME 1:0-1:9",
    "LOAD_CONST 2:0-2:12",
    "LOAD_CONST 2:0-2:12",
    "IMPORT_NAME 2:0-2:12",
    "STORE_NAME 2:0-2:12",
    "LOAD_CONST 3:0-3:17",
    "LOAD_CONST 3:0-3:17",
    "IMPORT_NAME 3:0-3:17",
    "IMPORT_FROM 3:0-3:17",
    "SWAP 3:0-3:17",
    "POP_TOP 3:0-3:17",
    "IMPORT_FROM 3:0-3:17",
    "STORE_NAME 3:0-3:17",
    "POP_TOP 3:0-3:17",
    "LOAD_CONST 4:0-4:23",
    "LOAD_CONST 4:0-4:23",
    "IMPORT_NAME 4:0-4:23",
    "IMPORT_FROM 4:0-4:23",
    "STORE_NAME 4:0-4:23",
    "IMPORT_FROM 4:0-4:23",
    "STORE_NAME 4:0-4:23",
    "POP_TOP 4:0-4:23",
    "LOAD_CONST 5:0-5:15",
    "LOAD_CONST 5:0-5:15",
    "IMPORT_NAME 5:0-5:15",
    "IMPORT_FROM 5:0-5:15",
    "STORE_NAME 5:0-5:15",
    "POP_TOP 5:0-5:15",
    "LOAD_CONST 6:0-6:15",
    "LOAD_CONST 6:0-6:15",
    "IMPORT_NAME 6:0-6:15",
    "IMPORT_STAR 6:0-6:15",
    "LOAD_CONST 6:0-6:15",
    "RETURN_VALUE 6:0-6:15"
   ]
  ]
 },
 "globals": {
  "src": "def f():\n    global g\n    g = 1\n    return h\nx = 1\n",
  "expect": [
   [
    "== <module> flags=0 stack=1",
    "LOAD_CONST 1:0-4:12",
    "MAKE_FUNCTION 1:0-4:12",
    "STORE_NAME 1:0-4:12",
    "LOAD_CONST 5:4-5:5",
    "STORE_NAME 5:0-5:1",
    "LOAD_CONST 5:0-5:1",
    "RETURN_VALUE 5:0-5:1"
   ],
   [
    "== f flags=3 stack=1",
    "LOAD_CONST 3:8-3:9",
    "STORE_GLOBAL 3:4-3:5",
    "LOAD_GLOBAL 4:11-4:12",
    "RETURN_VALUE 4:4-4:12"
   ]
  ]
 },
 "module_annotations": {
  "src": "x: int = 1\ny: str\nz.a: int\n",
  "expect": [
   [
    "== <module> flags=0 stack=3",
    "SETUP_ANNOTATIONS 1:0-1:10",
    "LOAD_CONST 1:9-1:10",
    "STORE_NAME 1:0-1:1",
    "LOAD_NAME 1:3-1:6",
    "LOAD_NAME 1:0-1:10",
    "LOAD_CONST 1:0-1:10",
    "STORE_SUBSCR 1:0-1:10",
    "LOAD_NAME 2:3-2:6",
    "LOAD_NAME 2:0-2:6",
    "LOAD_CONST 2:0-2:6",
    "STORE_SUBSCR 2:0-2:6",
    "LOAD_NAME 3:0-3:1",
    "POP_TOP 3:0-3:8",
    "LOAD_NAME 3:5-3:8",
    "POP_TOP 3:0-3:8",
    "LOAD_CONST 3:0-3:8",
    "RETURN_VALUE 3:0-3:8"
   ]
  ]
 },
 "walrus": {
  "src": "if (n := len(a)) > 10:\n    pass\n[y for x in data if (y := f(x))]\n",
  "expect": [
   [
    "== <module> flags=0 stack=3",
    "PUSH_NULL 1:9-1:12",
    "LOAD_NAME 1:9-1:12",
    "LOAD_NAME 1:13-1:14",
    "CALL 1:9-1:15",
    "COPY 1:4-1:15",
    "STORE_NAME 1:4-1:5",
    "LOAD_CONST 1:19-1:21",
    "COMPARE_OP 1:3-1:21",
    "POP_JUMP_IF_FALSE 1:3-1:21",
    "NOP 2:4-2:8",
    "LOAD_CONST 3:0-3:32",
    "MAKE_FUNCTION 3:0-3:32",
    "LOAD_NAME 3:12-3:16",
    "GET_ITER 3:0-3:32",
    "CALL 3:0-3:32",
    "POP_TOP 3:0-3:32",
    "LOAD_CONST 3:0-3:32",
    "RETURN_VALUE 3:0-3:32"
   ],
   [
    "== <listcomp> flags=3 stack=5",
    "BUILD_LIST 3:0-3:32",
    "LOAD_FAST 3:0-3:32",
    "FOR_ITER 3:0-3:32",
    "STORE_FAST 3:7-3:8",
    "PUSH_NULL 3:26-3:27",
    "LOAD_GLOBAL 3:26-3:27",
    "LOAD_FAST 3:28-3:29",
    "CALL 3:26-3:30",
    "COPY 3:21-3:30",
    "STORE_GLOBAL 3:21-3:22",
    "POP_JUMP_IF_FALSE 3:0-3:32",
    "LOAD_GLOBAL 3:1-3:2",
    "LIST_APPEND 3:0-3:32",
    "JUMP 3:0-3:32",
    "RETURN_VALUE 3:0-3:32"
   ]
  ]
 },
 "ifexp_del": {
  "src": "x = a if b else c\ndel x\n",
  "expect": [
   [
    "== <module> flags=0 stack=1",
    "LOAD_NAME 1:9-1:10",
    "POP_JUMP_IF_FALSE 1:4-1:17",
    "LOAD_NAME 1:4-1:5",
    "JUMP 1:4-1:5",
    "LOAD_NAME 1:16-1:17",
    "STORE_NAME 1:0-1:1",
    "DELETE_NAME 2:4-2:5",
    "LOAD_CONST 2:4-2:5",
    "RETURN_VALUE 2:4-2:5"
   ]
  ]
 },
 "while_true_break": {
  "src": "def f():\n    while True:\n        if g():\n            break\n    return 1\n",
  "expect": [
   [
    "== <module> flags=0 stack=1",
    "LOAD_CONST 1:0-5:12",
    "MAKE_FUNCTION 1:0-5:12",
    "STORE_NAME 1:0-5:12",
    "LOAD_CONST 1:0-5:12",
    "RETURN_VALUE 1:0-5:12"
   ],
   [
    "== f flags=3 stack=2",
    "NOP 2:4-4:17",
    "PUSH_NULL 3:11-3:12",
    "LOAD_GLOBAL 3:11-3:12",
    "CALL 3:11-3:14",
    "POP_JUMP_IF_FALSE 3:8-4:17",
    "JUMP 4:12-4:17",
    "JUMP 2:4-4:17",
    "LOAD_CONST 5:11-5:12",
    "RETURN_VALUE 5:11-5:12"
   ]
  ]
 },
 "docstring_module": {
  "src": "'module doc'\nx = 1\n",
  "expect": [
   [
    "== <module> flags=0 stack=1",
    "LOAD_CONST 1:0-1:12",
    "STORE_NAME 1:0-1:12",
    "LOAD_CONST 2:4-2:5",
    "STORE_NAME 2:0-2:1",
    "LOAD_CONST 2:0-2:1",
    "RETURN_VALUE 2:0-2:1"
   ]
  ]
 },
 "decorated_class": {
  "src": "@d1\n@d2(x)\nclass K:\n    pass\n",
  "expect": [
   [
    "== <module> flags=0 stack=6",
    "LOAD_NAME 1:1-1:3",
    "PUSH_NULL 2:1-2:3",
    "LOAD_NAME 2:1-2:3",
    "LOAD_NAME 2:4-2:5",
    "CALL 2:1-2:6",
    "PUSH_NULL 3:0-4:8",
    "LOAD_BUILD_CLASS 3:0-4:8",
    "LOAD_CONST 3:0-4:8",
    "MAKE_FUNCTION 3:0-4:8",
    "LOAD_CONST 3:0-4:8",
    "CALL 3:0-4:8",
    "CALL 2:1-2:6",
    "CALL 1:1-1:3",
    "STORE_NAME 3:0-4:8",
    "LOAD_CONST 3:0-4:8",
    "RETURN_VALUE 3:0-4:8"
   ],
   [
    "== K flags=0 stack=1",
    "LOAD_NAME 1:0-1:0",
    "STORE_NAME 1:0-1:0",
    "LOAD_CONST 1:0-1:0",
    "STORE_NAME 1:0-1:0",
    "LOAD_CONST 4:4-4:8",
    "RETURN_VALUE 4:4-4:8"
   ]
  ]
 },
 "nested_funcs_qualname": {
  "src": "def f():\n    def g():\n        class C:\n            def m(self): pass\n        return C\n    return g\n",
  "expect": [
   [
    "== <module> flags=0 stack=1",
    "LOAD_CONST 1:0-6:12",
    "MAKE_FUNCTION 1:0-6:12",
    "STORE_NAME 1:0-6:12",
    "LOAD_CONST 1:0-6:12",
    "RETURN_VALUE 1:0-6:12"
   ],
   [
    "== f flags=3 stack=1",
    "LOAD_CONST 2:4-5:16",
    "MAKE_FUNCTION 2:4-5:16",
    "STORE_FAST 2:4-5:16",
    "LOAD_FAST 6:11-6:12",
    "RETURN_VALUE 6:4-6:12"
   ],
   [
    "== f.<locals>.g flags=19 stack=4",
    "PUSH_NULL 3:8-4:29",
    "LOAD_BUILD_CLASS 3:8-4:29",
    "LOAD_CONST 3:8-4:29",
    "MAKE_FUNCTION 3:8-4:29",
    "LOAD_CONST 3:8-4:29",
    "CALL 3:8-4:29",
    "STORE_FAST 3:8-4:29",
    "LOAD_FAST 5:15-5:16",
    "RETURN_VALUE 5:8-5:16"
   ],
   [
    "== f.<locals>.g.<locals>.C flags=0 stack=1",
    "LOAD_NAME 3:0-3:0",
    "STORE_NAME 3:0-3:0",
    "LOAD_CONST 3:0-3:0",
    "STORE_NAME 3:0-3:0",
    "LOAD_CONST 4:12-4:29",
    "MAKE_FUNCTION 4:12-4:29",
    "STORE_NAME 4:12-4:29",
    "LOAD_CONST 4:12-4:29",
    "RETURN_VALUE 4:12-4:29"
   ],
   [
    "== f.<locals>.g.<locals>.C.m flags=19 stack=1",
    "LOAD_CONST 4:0-4:0",
    "RETURN_VALUE 4:0-4:0"
   ]
  ]
 },
 "match_statement": {
  "src": "def f(cmd):\n    match cmd:\n        case 1 | 2:\n            return 'small'\n        case -1:\n            return 'neg'\n        case None:\n            return 'none'\n        case [x, y, *rest]:\n            return x + y\n        case [a, *_, b]:\n            return a\n        case {'k': v, 'j': 1, **kw}:\n            return v\n        case Point(x=0, y=yy) as p:\n            return p\n        case str() | bytes():\n            return 'text'\n        case (p, q) | [q, p] if p > q:\n            return p\n        case {}:\n            return 'empty'\n        case m.CONST:\n            return 'const'\n        case _:\n            return 'other'\n",
  "expect": [
   [
    "== <module> flags=0 stack=1",
    "LOAD_CONST 1:0-26:26",
    "MAKE_FUNCTION 1:0-26:26",
    "STORE_NAME 1:0-26:26",
    "LOAD_CONST 1:0-26:26",
    "RETURN_VALUE 1:0-26:26"
   ],
   [
    "== f flags=3 stack=6",
    "LOAD_FAST 2:10-2:13",
    "COPY 3:13-3:18",
    "COPY 3:13-3:14",
    "LOAD_CONST 3:13-3:14",
    "COMPARE_OP 3:13-3:14",
    "POP_JUMP_IF_FALSE 3:13-3:14",
    "JUMP 3:13-3:14",
    "COPY 3:17-3:18",
    "LOAD_CONST 3:17-3:18",
    "COMPARE_OP 3:17-3:18",
    "POP_JUMP_IF_FALSE 3:17-3:18",
    "JUMP 3:17-3:18",
    "POP_TOP 3:17-3:18",
    "JUMP 3:17-3:18",
    "POP_TOP 3:17-3:18",
    "POP_TOP 3:17-3:18",
    "LOAD_CONST 4:19-4:26",
    "RETURN_VALUE 4:19-4:26",
    "COPY 5:13-5:15",
    "LOAD_CONST 5:13-5:15",
    "COMPARE_OP 5:13-5:15",
    "POP_JUMP_IF_FALSE 5:13-5:15",
    "POP_TOP 5:13-5:15",
    "LOAD_CONST 6:19-6:24",
    "RETURN_VALUE 6:19-6:24",
    "COPY 7:13-7:17",
    "POP_JUMP_IF_NOT_NONE 7:13-7:17",
    "POP_TOP 7:13-7:17",
    "LOAD_CONST 8:19-8:25",
    "RETURN_VALUE 8:19-8:25",
    "COPY 9:13-9:26",
    "MATCH_SEQUENCE 9:13-9:26",
    "POP_JUMP_IF_FALSE 9:13-9:26",
    "GET_LEN 9:13-9:26",
    "LOAD_CONST 9:13-9:26",
    "COMPARE_OP 9:13-9:26",
    "POP_JUMP_IF_FALSE 9:13-9:26",
    "UNPACK_EX 9:13-9:26",
    "STORE_FAST 9:20-9:25",
    "STORE_FAST 9:20-9:25",
    "STORE_FAST 9:20-9:25",
    "POP_TOP 9:20-9:25",
    "LOAD_FAST 10:19-10:20",
    "LOAD_FAST 10:23-10:24",
    "BINARY_OP 10:19-10:24",
    "RETURN_VALUE 10:12-10:24",
    "POP_TOP 9:13-9:26",
    "COPY 11:13-11:23",
    "MATCH_SEQUENCE 11:13-11:23",
    "POP_JUMP_IF_FALSE 11:13-11:23",
    "GET_LEN 11:13-11:23",
    "LOAD_CONST 11:13-11:23",
    "COMPARE_OP 11:13-11:23",
    "POP_JUMP_IF_FALSE 11:13-11:23",
    "COPY 11:13-11:23",
    "LOAD_CONST 11:13-11:23",
    "BINARY_SUBSCR 11:13-11:23",
    "SWAP 11:14-11:15",
    "COPY 11:14-11:15",
    "GET_LEN 11:14-11:15",
    "LOAD_CONST 11:14-11:15",
    "BINARY_OP 11:14-11:15",
    "BINARY_SUBSCR 11:14-11:15",
    "STORE_FAST 11:21-11:22",
    "POP_TOP 11:21-11:22",
    "STORE_FAST 11:21-11:22",
    "POP_TOP 11:21-11:22",
    "LOAD_FAST 12:19-12:20",
    "RETURN_VALUE 12:12-12:20",
    "POP_TOP 11:13-11:23",
    "COPY 13:13-13:35",
    "MATCH_MAPPING 13:13-13:35",
    "POP_JUMP_IF_FALSE 13:13-13:35",
    "GET_LEN 13:13-13:35",
    "LOAD_CONST 13:13-13:35",
    "COMPARE_OP 13:13-13:35",
    "POP_JUMP_IF_FALSE 13:13-13:35",
    "LOAD_CONST 13:13-13:35",
    "MATCH_KEYS 13:13-13:35",
    "COPY 13:13-13:35",
    "POP_JUMP_IF_NONE 13:13-13:35",
    "UNPACK_SEQUENCE 13:13-13:35",
    "SWAP 13:19-13:20",
    "SWAP 13:19-13:20",
    "SWAP 13:19-13:20",
    "LOAD_CONST 13:27-13:28",
    "COMPARE_OP 13:27-13:28",
    "POP_JUMP_IF_FALSE 13:27-13:28",
    "BUILD_MAP 13:27-13:28",
    "SWAP 13:27-13:28",
    "DICT_UPDATE 13:27-13:28",
    "UNPACK_SEQUENCE 13:27-13:28",
    "COPY 13:27-13:28",
    "SWAP 13:27-13:28",
    "DELETE_SUBSCR 13:27-13:28",
    "COPY 13:27-13:28",
    "SWAP 13:27-13:28",
    "DELETE_SUBSCR 13:27-13:28",
    "STORE_FAST 13:27-13:28",
    "STORE_FAST 13:27-13:28",
    "POP_TOP 13:27-13:28",
    "LOAD_FAST 14:19-14:20",
    "RETURN_VALUE 14:12-14:20",
    "POP_TOP 13:13-13:35",
    "POP_TOP 13:13-13:35",
    "POP_TOP 13:13-13:35",
    "COPY 15:13-15:34",
    "COPY 15:13-15:34",
    "LOAD_GLOBAL 15:13-15:18",
    "LOAD_CONST 15:13-15:29",
    "MATCH_CLASS 15:13-15:29",
    "COPY 15:13-15:29",
    "POP_JUMP_IF_NONE 15:13-15:29",
    "UNPACK_SEQUENCE 15:13-15:29",
    "LOAD_CONST 15:21-15:22",
    "COMPARE_OP 15:21-15:22",
    "POP_JUMP_IF_FALSE 15:21-15:22",
    "STORE_FAST 15:26-15:28",
    "STORE_FAST 15:26-15:28",
    "POP_TOP 15:26-15:28",
    "LOAD_FAST 16:19-16:20",
    "RETURN_VALUE 16:12-16:20",
    "POP_TOP 15:13-15:34",
    "POP_TOP 15:13-15:34",
    "COPY 17:13-17:28",
    "COPY 17:13-17:18",
    "LOAD_GLOBAL 17:13-17:16",
    "LOAD_CONST 17:13-17:18",
    "MATCH_CLASS 17:13-17:18",
    "COPY 17:13-17:18",
    "POP_JUMP_IF_NONE 17:13-17:18",
    "UNPACK_SEQUENCE 17:13-17:18",
    "JUMP 17:13-17:18",
    "POP_TOP 17:13-17:18",
    "COPY 17:21-17:28",
    "LOAD_GLOBAL 17:21-17:26",
    "LOAD_CONST 17:21-17:28",
    "MATCH_CLASS 17:21-17:28",
    "COPY 17:21-17:28",
    "POP_JUMP_IF_NONE 17:21-17:28",
    "UNPACK_SEQUENCE 17:21-17:28",
    "JUMP 17:21-17:28",
    "POP_TOP 17:21-17:28",
    "POP_TOP 17:21-17:28",
    "JUMP 17:21-17:28",
    "POP_TOP 17:21-17:28",
    "POP_TOP 17:21-17:28",
    "LOAD_CONST 18:19-18:25",
    "RETURN_VALUE 18:19-18:25",
    "COPY 19:13-19:28",
    "COPY 19:13-19:19",
    "MATCH_SEQUENCE 19:13-19:19",
    "POP_JUMP_IF_FALSE 19:13-19:19",
    "GET_LEN 19:13-19:19",
    "LOAD_CONST 19:13-19:19",
    "COMPARE_OP 19:13-19:19",
    "POP_JUMP_IF_FALSE 19:13-19:19",
    "UNPACK_SEQUENCE 19:13-19:19",
    "JUMP 19:17-19:18",
    "POP_TOP 19:17-19:18",
    "COPY 19:22-19:28",
    "MATCH_SEQUENCE 19:22-19:28",
    "POP_JUMP_IF_FALSE 19:22-19:28",
    "GET_LEN 19:22-19:28",
    "LOAD_CONST 19:22-19:28",
    "COMPARE_OP 19:22-19:28",
    "POP_JUMP_IF_FALSE 19:22-19:28",
    "UNPACK_SEQUENCE 19:22-19:28",
    "SWAP 19:26-19:27",
    "JUMP 19:26-19:27",
    "POP_TOP 19:26-19:27",
    "POP_TOP 19:26-19:27",
    "JUMP 19:26-19:27",
    "STORE_FAST 19:26-19:27",
    "STORE_FAST 19:26-19:27",
    "POP_TOP 19:26-19:27",
    "LOAD_FAST 19:32-19:33",
    "LOAD_FAST 19:36-19:37",
    "COMPARE_OP 19:32-19:37",
    "POP_JUMP_IF_FALSE 19:32-19:37",
    "POP_TOP 19:32-19:37",
    "LOAD_FAST 20:19-20:20",
    "RETURN_VALUE 20:12-20:20",
    "COPY 21:13-21:15",
    "MATCH_MAPPING 21:13-21:15",
    "POP_JUMP_IF_FALSE 21:13-21:15",
    "POP_TOP 21:13-21:15",
    "POP_TOP 21:13-21:15",
    "LOAD_CONST 22:19-22:26",
    "RETURN_VALUE 22:19-22:26",
    "POP_TOP 21:13-21:15",
    "LOAD_GLOBAL 23:13-23:14",
    "LOAD_ATTR 23:13-23:20",
    "COMPARE_OP 23:13-23:20",
    "POP_JUMP_IF_FALSE 23:13-23:20",
    "LOAD_CONST 24:19-24:26",
    "RETURN_VALUE 24:19-24:26",
    "NOP 25:13-25:14",
    "LOAD_CONST 26:19-26:26",
    "RETURN_VALUE 26:19-26:26"
   ]
  ]
 },
 "match_module": {
  "src": "match z:\n    case [1, 2]:\n        pass\n    case q:\n        pass\n",
  "expect": [
   [
    "== <module> flags=0 stack=4",
    "LOAD_NAME 1:6-1:7",
    "COPY 2:9-2:15",
    "MATCH_SEQUENCE 2:9-2:15",
    "POP_JUMP_IF_FALSE 2:9-2:15",
    "GET_LEN 2:9-2:15",
    "LOAD_CONST 2:9-2:15",
    "COMPARE_OP 2:9-2:15",
    "POP_JUMP_IF_FALSE 2:9-2:15",
    "UNPACK_SEQUENCE 2:9-2:15",
    "LOAD_CONST 2:10-2:11",
    "COMPARE_OP 2:10-2:11",
    "POP_JUMP_IF_FALSE 2:10-2:11",
    "LOAD_CONST 2:13-2:14",
    "COMPARE_OP 2:13-2:14",
    "POP_JUMP_IF_FALSE 2:13-2:14",
    "POP_TOP 2:13-2:14",
    "LOAD_CONST 3:8-3:12",
    "RETURN_VALUE 3:8-3:12",
    "POP_TOP 2:9-2:15",
    "STORE_NAME 4:9-4:10",
    "LOAD_CONST 5:8-5:12",
    "RETURN_VALUE 5:8-5:12"
   ]
  ]
 },
 "imported_module_attr_call": {
  "src": "import os\nos.getcwd()\ndef f():\n    import sys\n    sys.exit(os.sep)\n",
  "expect": [
   [
    "== <module> flags=0 stack=2",
    "LOAD_CONST 1:0-1:9",
    "LOAD_CONST 1:0-1:9",
    "IMPORT_NAME 1:0-1:9",
    "STORE_NAME 1:0-1:9",
    "PUSH_NULL 2:0-2:9",
    "LOAD_NAME 2:0-2:2",
    "LOAD_ATTR 2:0-2:9",
    "CALL 2:0-2:11",
    "POP_TOP 2:0-2:11",
    "LOAD_CONST 3:0-5:20",
    "MAKE_FUNCTION 3:0-5:20",
    "STORE_NAME 3:0-5:20",
    "LOAD_CONST 3:0-5:20",
    "RETURN_VALUE 3:0-5:20"
   ],
   [
    "== f flags=3 stack=3",
    "LOAD_CONST 4:4-4:14",
    "LOAD_CONST 4:4-4:14",
    "IMPORT_NAME 4:4-4:14",
    "STORE_FAST 4:4-4:14",
    "LOAD_FAST 5:4-5:7",
    "LOAD_METHOD 5:4-5:12",
    "LOAD_GLOBAL 5:13-5:15",
    "LOAD_ATTR 5:13-5:19",
    "CALL 5:4-5:20",
    "POP_TOP 5:4-5:20",
    "LOAD_CONST 5:4-5:20",
    "RETURN_VALUE 5:4-5:20"
   ]
  ]
 },
 "swap_stores": {
  "src": "def f(a, b):\n    a, b = b, a\n    x, y, z = a, b, 1\n    return x\n",
  "expect": [
   [
    "== <module> flags=0 stack=1",
    "LOAD_CONST 1:0-4:12",
    "MAKE_FUNCTION 1:0-4:12",
    "STORE_NAME 1:0-4:12",
    "LOAD_CONST 1:0-4:12",
    "RETURN_VALUE 1:0-4:12"
   ],
   [
    "== f flags=3 stack=3",
    "LOAD_FAST 2:11-2:12",
    "LOAD_FAST 2:14-2:15",
    "STORE_FAST 2:7-2:8",
    "STORE_FAST 2:4-2:5",
    "LOAD_FAST 3:14-3:15",
    "LOAD_FAST 3:17-3:18",
    "LOAD_CONST 3:20-3:21",
    "STORE_FAST 3:10-3:11",
    "STORE_FAST 3:7-3:8",
    "STORE_FAST 3:4-3:5",
    "LOAD_FAST 4:11-4:12",
    "RETURN_VALUE 4:4-4:12"
   ]
  ]
 },
 "try_in_loop_continue": {
  "src": "def f(xs):\n    for x in xs:\n        try:\n            g(x)\n        except E as e:\n            continue\n        finally:\n            h()\n",
  "expect": [
   [
    "== <module> flags=0 stack=1",
    "LOAD_CONST 1:0-8:15",
    "MAKE_FUNCTION 1:0-8:15",
    "STORE_NAME 1:0-8:15",
    "LOAD_CONST 1:0-8:15",
    "RETURN_VALUE 1:0-8:15"
   ],
   [
    "== f flags=3 stack=5",
    "LOAD_FAST 2:13-2:15",
    "GET_ITER 2:4-8:15",
    "FOR_ITER 2:4-8:15",
    "STORE_FAST 2:8-2:9",
    "NOP 3:8-8:15",
    "PUSH_NULL 4:12-4:13",
    "LOAD_GLOBAL 4:12-4:13",
    "LOAD_FAST 4:14-4:15",
    "CALL 4:12-4:16",
    "POP_TOP 4:12-4:16",
    "JUMP 4:12-4:16",
    "PUSH_EXC_INFO 0:-1-0:-1",
    "LOAD_GLOBAL 5:15-5:16",
    "CHECK_EXC_MATCH 5:8-6:20",
    "POP_JUMP_IF_FALSE 5:8-6:20",
    "STORE_FAST 5:8-6:20",
    "POP_EXCEPT 6:12-6:20",
    "LOAD_CONST 6:12-6:20",
    "STORE_FAST 6:12-6:20",
    "DELETE_FAST 6:12-6:20",
    "PUSH_NULL 8:12-8:13",
    "LOAD_GLOBAL 8:12-8:13",
    "CALL 8:12-8:15",
    "POP_TOP 8:12-8:15",
    "JUMP 8:12-8:15",
    "LOAD_CONST 0:-1-0:-1",
    "STORE_FAST 0:-1-0:-1",
    "DELETE_FAST 0:-1-0:-1",
    "RERAISE 0:-1-0:-1",
    "RERAISE 5:8-6:20",
    "COPY 0:-1-0:-1",
    "POP_EXCEPT 0:-1-0:-1",
    "RERAISE 0:-1-0:-1",
    "NOP 4:12-4:16",
    "PUSH_NULL 8:12-8:13",
    "LOAD_GLOBAL 8:12-8:13",
    "CALL 8:12-8:15",
    "POP_TOP 8:12-8:15",
    "JUMP 8:12-8:15",
    "PUSH_EXC_INFO 0:-1-0:-1",
    "PUSH_NULL 8:12-8:13",
    "LOAD_GLOBAL 8:12-8:13",
    "CALL 8:12-8:15",
    "POP_TOP 8:12-8:15",
    "RERAISE 8:12-8:15",
    "COPY 0:-1-0:-1",
    "POP_EXCEPT 0:-1-0:-1",
    "RERAISE 0:-1-0:-1",
    "LOAD_CONST 2:4-8:15",
    "RETURN_VALUE 2:4-8:15"
   ]
  ]
 },
 "nested_with_try": {
  "src": "def f():\n    with a() as x:\n        try:\n            return x.y\n        except KeyError:\n            raise ValueError from None\n",
  "expect": [
   [
    "== <module> flags=0 stack=1",
    "LOAD_CONST 1:0-6:38",
    "MAKE_FUNCTION 1:0-6:38",
    "STORE_NAME 1:0-6:38",
    "LOAD_CONST 1:0-6:38",
    "RETURN_VALUE 1:0-6:38"
   ],
   [
    "== f flags=3 stack=6",
    "PUSH_NULL 2:9-2:10",
    "LOAD_GLOBAL 2:9-2:10",
    "CALL 2:9-2:12",
    "BEFORE_WITH 2:4-6:38",
    "STORE_FAST 2:16-2:17",
    "NOP 3:8-6:38",
    "LOAD_FAST 4:19-4:20",
    "LOAD_ATTR 4:19-4:22",
    "SWAP 2:4-6:38",
    "LOAD_CONST 2:4-6:38",
    "LOAD_CONST 2:4-6:38",
    "LOAD_CONST 2:4-6:38",
    "CALL 2:4-6:38",
    "POP_TOP 2:4-6:38",
    "RETURN_VALUE 2:4-6:38",
    "PUSH_EXC_INFO 0:-1-0:-1",
    "LOAD_GLOBAL 5:15-5:23",
    "CHECK_EXC_MATCH 5:8-6:38",
    "POP_JUMP_IF_FALSE 5:8-6:38",
    "POP_TOP 5:8-6:38",
    "LOAD_GLOBAL 6:18-6:28",
    "LOAD_CONST 6:34-6:38",
    "RAISE_VARARGS 6:12-6:38",
    "RERAISE 5:8-6:38",
    "COPY 0:-1-0:-1",
    "POP_EXCEPT 0:-1-0:-1",
    "RERAISE 0:-1-0:-1",
    "PUSH_EXC_INFO 2:4-6:38",
    "WITH_EXCEPT_START 2:4-6:38",
    "POP_JUMP_IF_TRUE 2:4-6:38",
    "RERAISE 2:4-6:38",
    "COPY 0:-1-0:-1",
    "POP_EXCEPT 0:-1-0:-1",
    "RERAISE 0:-1-0:-1",
    "POP_TOP 2:4-6:38",
    "POP_EXCEPT 2:4-6:38",
    "POP_TOP 2:4-6:38",
    "POP_TOP 2:4-6:38",
    "LOAD_CONST 2:4-6:38",
    "RETURN_VALUE 2:4-6:38"
   ]
  ]
 },
 "bool_consts": {
  "src": "x = True & False\ny = 0 or 'x'\nz = 1 and 2\nw = not (a is b)\n",
  "expect": [
   [
    "== <module> flags=0 stack=2",
    "LOAD_CONST 1:4-1:16",
    "STORE_NAME 1:0-1:1",
    "LOAD_CONST 2:9-2:12",
    "STORE_NAME 2:0-2:1",
    "LOAD_CONST 3:10-3:11",
    "STORE_NAME 3:0-3:1",
    "LOAD_NAME 4:9-4:10",
    "LOAD_NAME 4:14-4:15",
    "IS_OP 4:9-4:15",
    "STORE_NAME 4:0-4:1",
    "LOAD_CONST 4:0-4:1",
    "RETURN_VALUE 4:0-4:1"
   ]
  ]
 },
 "global_class": {
  "src": "def f():\n    global C\n    class C:\n        def m(self): pass\n    return C\n",
  "expect": [
   [
    "== <module> flags=0 stack=1",
    "LOAD_CONST 1:0-5:12",
    "MAKE_FUNCTION 1:0-5:12",
    "STORE_NAME 1:0-5:12",
    "LOAD_CONST 1:0-5:12",
    "RETURN_VALUE 1:0-5:12"
   ],
   [
    "== f flags=3 stack=4",
    "PUSH_NULL 3:4-4:25",
    "LOAD_BUILD_CLASS 3:4-4:25",
    "LOAD_CONST 3:4-4:25",
    "MAKE_FUNCTION 3:4-4:25",
    "LOAD_CONST 3:4-4:25",
    "CALL 3:4-4:25",
    "STORE_GLOBAL 3:4-4:25",
    "LOAD_GLOBAL 5:11-5:12",
    "RETURN_VALUE 5:4-5:12"
   ],
   [
    "== C flags=0 stack=1",
    "LOAD_NAME 3:0-3:0",
    "STORE_NAME 3:0-3:0",
    "LOAD_CONST 3:0-3:0",
    "STORE_NAME 3:0-3:0",
    "LOAD_CONST 4:8-4:25",
    "MAKE_FUNCTION 4:8-4:25",
    "STORE_NAME 4:8-4:25",
    "LOAD_CONST 4:8-4:25",
    "RETURN_VALUE 4:8-4:25"
   ],
   [
    "== C.m flags=19 stack=1",
    "LOAD_CONST 4:0-4:0",
    "RETURN_VALUE 4:0-4:0"
   ]
  ]
 },
 "class_freevar": {
  "src": "def f(x):\n    class C:\n        y = x\n        def m(self):\n            return x\n    return C\n",
  "expect": [
   [
    "== <module> flags=0 stack=1",
    "LOAD_CONST 1:0-6:12",
    "MAKE_FUNCTION 1:0-6:12",
    "STORE_NAME 1:0-6:12",
    "LOAD_CONST 1:0-6:12",
    "RETURN_VALUE 1:0-6:12"
   ],
   [
    "== f flags=3 stack=4",
    "MAKE_CELL 0:-1-0:-1",
    "PUSH_NULL 2:4-5:20",
    "LOAD_BUILD_CLASS 2:4-5:20",
    "LOAD_CLOSURE 2:4-5:20",
    "BUILD_TUPLE 2:4-5:20",
    "LOAD_CONST 2:4-5:20",
    "MAKE_FUNCTION 2:4-5:20",
    "LOAD_CONST 2:4-5:20",
    "CALL 2:4-5:20",
    "STORE_FAST 2:4-5:20",
    "LOAD_FAST 6:11-6:12",
    "RETURN_VALUE 6:4-6:12"
   ],
   [
    "== f.<locals>.C flags=0 stack=2",
    "COPY_FREE_VARS 0:-1-0:-1",
    "LOAD_NAME 2:0-2:0",
    "STORE_NAME 2:0-2:0",
    "LOAD_CONST 2:0-2:0",
    "STORE_NAME 2:0-2:0",
    "LOAD_CLASSDEREF 3:12-3:13",
    "STORE_NAME 3:8-3:9",
    "LOAD_CLOSURE 4:8-5:20",
    "BUILD_TUPLE 4:8-5:20",
    "LOAD_CONST 4:8-5:20",
    "MAKE_FUNCTION 4:8-5:20",
    "STORE_NAME 4:8-5:20",
    "LOAD_CONST 4:8-5:20",
    "RETURN_VALUE 4:8-5:20"
   ],
   [
    "== f.<locals>.C.m flags=19 stack=1",
    "COPY_FREE_VARS 0:-1-0:-1",
    "LOAD_DEREF 5:19-5:20",
    "RETURN_VALUE 5:12-5:20"
   ]
  ]
 },
 "lambda_defaults_closure": {
  "src": "def f(n):\n    return lambda a, b=n, *c, d=2, **e: a + n\n",
  "expect": [
   [
    "== <module> flags=0 stack=1",
    "LOAD_CONST 1:0-2:45",
    "MAKE_FUNCTION 1:0-2:45",
    "STORE_NAME 1:0-2:45",
    "LOAD_CONST 1:0-2:45",
    "RETURN_VALUE 1:0-2:45"
   ],
   [
    "== f flags=3 stack=4",
    "MAKE_CELL 0:-1-0:-1",
    "LOAD_DEREF 2:23-2:24",
    "BUILD_TUPLE 2:11-2:45",
    "LOAD_CONST 2:32-2:33",
    "LOAD_CONST 2:11-2:45",
    "BUILD_CONST_KEY_MAP 2:11-2:45",
    "LOAD_CLOSURE 2:11-2:45",
    "BUILD_TUPLE 2:11-2:45",
    "LOAD_CONST 2:11-2:45",
    "MAKE_FUNCTION 2:11-2:45",
    "RETURN_VALUE 2:4-2:45"
   ],
   [
    "== f.<locals>.<lambda> flags=31 stack=2",
    "COPY_FREE_VARS 0:-1-0:-1",
    "LOAD_FAST 2:40-2:41",
    "LOAD_DEREF 2:44-2:45",
    "BINARY_OP 2:40-2:45",
    "RETURN_VALUE 2:0-2:0"
   ]
  ]
 },
 "starred_calls_big": {
  "src": "f(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31, a32, a33, a34, a35, a36, a37, a38, a39)\n",
  "expect": [
   [
    "== <module> flags=0 stack=4",
    "PUSH_NULL 1:0-1:1",
    "LOAD_NAME 1:0-1:1",
    "BUILD_LIST 1:0-1:191",
    "LOAD_NAME 1:2-1:4",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:6-1:8",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:10-1:12",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:14-1:16",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:18-1:20",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:22-1:24",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:26-1:28",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:30-1:32",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:34-1:36",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:38-1:40",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:42-1:45",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:47-1:50",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:52-1:55",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:57-1:60",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:62-1:65",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:67-1:70",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:72-1:75",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:77-1:80",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:82-1:85",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:87-1:90",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:92-1:95",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:97-1:100",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:102-1:105",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:107-1:110",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:112-1:115",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:117-1:120",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:122-1:125",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:127-1:130",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:132-1:135",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:137-1:140",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:142-1:145",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:147-1:150",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:152-1:155",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:157-1:160",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:162-1:165",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:167-1:170",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:172-1:175",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:177-1:180",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:182-1:185",
    "LIST_APPEND 1:0-1:191",
    "LOAD_NAME 1:187-1:190",
    "LIST_APPEND 1:0-1:191",
    "LIST_TO_TUPLE 1:0-1:191",
    "CALL_FUNCTION_EX 1:0-1:191",
    "POP_TOP 1:0-1:191",
    "LOAD_CONST 1:0-1:191",
    "RETURN_VALUE 1:0-1:191"
   ]
  ]
 },
 "dict_big": {
  "src": "d = {'k0': 0, 'k1': 1, 'k2': 2, 'k3': 3, 'k4': 4, 'k5': 5, 'k6': 6, 'k7': 7, 'k8': 8, 'k9': 9, 'k10': 10, 'k11': 11, 'k12': 12, 'k13': 13, 'k14': 14, 'k15': 15, 'k16': 16, 'k17': 17, 'k18': 18, 'k19': 19}\n",
  "expect": [
   [
    "== <module> flags=0 stack=5",
    "BUILD_MAP 1:4-1:204",
    "LOAD_CONST 1:5-1:9",
    "LOAD_CONST 1:11-1:12",
    "MAP_ADD 1:4-1:204",
    "LOAD_CONST 1:14-1:18",
    "LOAD_CONST 1:20-1:21",
    "MAP_ADD 1:4-1:204",
    "LOAD_CONST 1:23-1:27",
    "LOAD_CONST 1:29-1:30",
    "MAP_ADD 1:4-1:204",
    "LOAD_CONST 1:32-1:36",
    "LOAD_CONST 1:38-1:39",
    "MAP_ADD 1:4-1:204",
    "LOAD_CONST 1:41-1:45",
    "LOAD_CONST 1:47-1:48",
    "MAP_ADD 1:4-1:204",
    "LOAD_CONST 1:50-1:54",
    "LOAD_CONST 1:56-1:57",
    "MAP_ADD 1:4-1:204",
    "LOAD_CONST 1:59-1:63",
    "LOAD_CONST 1:65-1:66",
    "MAP_ADD 1:4-1:204",
    "LOAD_CONST 1:68-1:72",
    "LOAD_CONST 1:74-1:75",
    "MAP_ADD 1:4-1:204",
    "LOAD_CONST 1:77-1:81",
    "LOAD_CONST 1:83-1:84",
    "MAP_ADD 1:4-1:204",
    "LOAD_CONST 1:86-1:90",
    "LOAD_CONST 1:92-1:93",
    "MAP_ADD 1:4-1:204",
    "LOAD_CONST 1:95-1:100",
    "LOAD_CONST 1:102-1:104",
    "MAP_ADD 1:4-1:204",
    "LOAD_CONST 1:106-1:111",
    "LOAD_CONST 1:113-1:115",
    "MAP_ADD 1:4-1:204",
    "LOAD_CONST 1:117-1:122",
    "LOAD_CONST 1:124-1:126",
    "MAP_ADD 1:4-1:204",
    "LOAD_CONST 1:128-1:133",
    "LOAD_CONST 1:135-1:137",
    "MAP_ADD 1:4-1:204",
    "LOAD_CONST 1:139-1:144",
    "LOAD_CONST 1:146-1:148",
    "MAP_ADD 1:4-1:204",
    "LOAD_CONST 1:150-1:155",
    "LOAD_CONST 1:157-1:159",
    "MAP_ADD 1:4-1:204",
    "LOAD_CONST 1:161-1:166",
    "LOAD_CONST 1:168-1:170",
    "MAP_ADD 1:4-1:204",
    "LOAD_CONST 1:179-1:181",
    "LOAD_CONST 1:190-1:192",
    "LOAD_CONST 1:201-1:203",
    "LOAD_CONST 1:4-1:204",
    "BUILD_CONST_KEY_MAP 1:4-1:204",
    "DICT_UPDATE 1:4-1:204",
    "STORE_NAME 1:0-1:1",
    "LOAD_CONST 1:0-1:1",
    "RETURN_VALUE 1:0-1:1"
   ]
  ]
 },
 "fstring_nested": {
  "src": "x = f'{a:{b}.{c}}' f'{d=}'\n",
  "expect": [
   [
    "== <module> flags=0 stack=4",
    "LOAD_NAME 1:7-1:8",
    "LOAD_NAME 1:10-1:11",
    "FORMAT_VALUE 1:4-1:26",
    "LOAD_CONST 1:4-1:26",
    "LOAD_NAME 1:14-1:15",
    "FORMAT_VALUE 1:4-1:26",
    "BUILD_STRING 1:4-1:18",
    "FORMAT_VALUE 1:4-1:26",
    "LOAD_CONST 1:4-1:26",
    "LOAD_NAME 1:22-1:23",
    "FORMAT_VALUE 1:4-1:26",
    "BUILD_STRING 1:4-1:26",
    "STORE_NAME 1:0-1:1",
    "LOAD_CONST 1:0-1:1",
    "RETURN_VALUE 1:0-1:1"
   ]
  ]
 },
 "aug_global_deref": {
  "src": "def f():\n    global g\n    g += 1\n    x = 0\n    def h():\n        nonlocal x\n        x += 1\n    return h\n",
  "expect": [
   [
    "== <module> flags=0 stack=1",
    "LOAD_CONST 1:0-8:12",
    "MAKE_FUNCTION 1:0-8:12",
    "STORE_NAME 1:0-8:12",
    "LOAD_CONST 1:0-8:12",
    "RETURN_VALUE 1:0-8:12"
   ],
   [
    "== f flags=3 stack=2",
    "MAKE_CELL 0:-1-0:-1",
    "LOAD_GLOBAL 3:4-3:5",
    "LOAD_CONST 3:9-3:10",
    "BINARY_OP 3:4-3:10",
    "STORE_GLOBAL 3:4-3:5",
    "LOAD_CONST 4:8-4:9",
    "STORE_DEREF 4:4-4:5",
    "LOAD_CLOSURE 5:4-7:14",
    "BUILD_TUPLE 5:4-7:14",
    "LOAD_CONST 5:4-7:14",
    "MAKE_FUNCTION 5:4-7:14",
    "STORE_FAST 5:4-7:14",
    "LOAD_FAST 8:11-8:12",
    "RETURN_VALUE 8:4-8:12"
   ],
   [
    "== f.<locals>.h flags=19 stack=2",
    "COPY_FREE_VARS 0:-1-0:-1",
    "LOAD_DEREF 7:8-7:9",
    "LOAD_CONST 7:13-7:14",
    "BINARY_OP 7:8-7:14",
    "STORE_DEREF 7:8-7:9",
    "LOAD_CONST 7:8-7:9",
    "RETURN_VALUE 7:8-7:9"
   ]
  ]
 },
 "delete_all": {
  "src": "def f(a):\n    del a\n    global g\n    del g\n    x = 1\n    def h():\n        nonlocal x\n        del x\n",
  "expect": [
   [
    "== <module> flags=0 stack=1",
    "LOAD_CONST 1:0-8:13",
    "MAKE_FUNCTION 1:0-8:13",
    "STORE_NAME 1:0-8:13",
    "LOAD_CONST 1:0-8:13",
    "RETURN_VALUE 1:0-8:13"
   ],
   [
    "== f flags=3 stack=2",
    "MAKE_CELL 0:-1-0:-1",
    "DELETE_FAST 2:8-2:9",
    "DELETE_GLOBAL 4:8-4:9",
    "LOAD_CONST 5:8-5:9",
    "STORE_DEREF 5:4-5:5",
    "LOAD_CLOSURE 6:4-8:13",
    "BUILD_TUPLE 6:4-8:13",
    "LOAD_CONST 6:4-8:13",
    "MAKE_FUNCTION 6:4-8:13",
    "STORE_FAST 6:4-8:13",
    "LOAD_CONST 6:4-8:13",
    "RETURN_VALUE 6:4-8:13"
   ],
   [
    "== f.<locals>.h flags=19 stack=1",
    "COPY_FREE_VARS 0:-1-0:-1",
    "DELETE_DEREF 8:12-8:13",
    "LOAD_CONST 8:12-8:13",
    "RETURN_VALUE 8:12-8:13"
   ]
  ]
 },
 "yield_in_try": {
  "src": "def g():\n    try:\n        yield 1\n    finally:\n        print('x')\n",
  "expect": [
   [
    "== <module> flags=0 stack=1",
    "LOAD_CONST 1:0-5:18",
    "MAKE_FUNCTION 1:0-5:18",
    "STORE_NAME 1:0-5:18",
    "LOAD_CONST 1:0-5:18",
    "RETURN_VALUE 1:0-5:18"
   ],
   [
    "== g flags=35 stack=5",
    "RETURN_GENERATOR 1:-1-1:-1",
    "POP_TOP 1:-1-1:-1",
    "NOP 2:4-5:18",
    "LOAD_CONST 3:14-3:15",
    "YIELD_VALUE 3:8-3:15",
    "POP_TOP 3:8-3:15",
    "PUSH_NULL 5:8-5:13",
    "LOAD_GLOBAL 5:8-5:13",
    "LOAD_CONST 5:14-5:17",
    "CALL 5:8-5:18",
    "POP_TOP 5:8-5:18",
    "LOAD_CONST 5:8-5:18",
    "RETURN_VALUE 5:8-5:18",
    "PUSH_EXC_INFO 0:-1-0:-1",
    "PUSH_NULL 5:8-5:13",
    "LOAD_GLOBAL 5:8-5:13",
    "LOAD_CONST 5:14-5:17",
    "CALL 5:8-5:18",
    "POP_TOP 5:8-5:18",
    "RERAISE 5:8-5:18",
    "COPY 0:-1-0:-1",
    "POP_EXCEPT 0:-1-0:-1",
    "RERAISE 0:-1-0:-1"
   ]
  ]
 },
 "async_gen_comp": {
  "src": "async def f():\n    return {k: v async for k, v in aiter_()}\n",
  "expect": [
   [
    "== <module> flags=0 stack=1",
    "LOAD_CONST 1:0-2:44",
    "MAKE_FUNCTION 1:0-2:44",
    "STORE_NAME 1:0-2:44",
    "LOAD_CONST 1:0-2:44",
    "RETURN_VALUE 1:0-2:44"
   ],
   [
    "== f flags=131 stack=3",
    "RETURN_GENERATOR 1:-1-1:-1",
    "POP_TOP 1:-1-1:-1",
    "LOAD_CONST 2:11-2:44",
    "MAKE_FUNCTION 2:11-2:44",
    "PUSH_NULL 2:35-2:41",
    "LOAD_GLOBAL 2:35-2:41",
    "CALL 2:35-2:43",
    "GET_AITER 2:11-2:44",
    "CALL 2:11-2:44",
    "GET_AWAITABLE 2:11-2:44",
    "LOAD_CONST 2:11-2:44",
    "SEND 2:11-2:44",
    "YIELD_VALUE 2:11-2:44",
    "JUMP 2:11-2:44",
    "RETURN_VALUE 2:4-2:44"
   ],
   [
    "== f.<locals>.<dictcomp> flags=147 stack=4",
    "RETURN_GENERATOR 2:-1-2:-1",
    "POP_TOP 2:-1-2:-1",
    "BUILD_MAP 2:11-2:44",
    "LOAD_FAST 2:11-2:44",
    "GET_ANEXT 2:11-2:44",
    "LOAD_CONST 2:11-2:44",
    "SEND 2:11-2:44",
    "YIELD_VALUE 2:11-2:44",
    "JUMP 2:11-2:44",
    "UNPACK_SEQUENCE 2:27-2:31",
    "STORE_FAST 2:27-2:28",
    "STORE_FAST 2:30-2:31",
    "LOAD_FAST 2:12-2:13",
    "LOAD_FAST 2:15-2:16",
    "MAP_ADD 2:11-2:44",
    "JUMP 2:11-2:44",
    "END_ASYNC_FOR 2:11-2:44",
    "RETURN_VALUE 2:11-2:44"
   ]
  ]
 },
 "future_annotations": {
  "src": "from __future__ import annotations\nx: list[int] = []\ny: Optional[Dict[str, int]]\nz: int | None\nw: tuple[int, ...]\ndef f(a: 'str', *b: int, c: Callable[[int], str] = None, **d: a.b.C) -> -1 + 2 * 3 ** 4:\n    pass\nclass K:\n    v: (1, 2)\n    u: x[1:2, ::3]\n    t: not a or b and c\n    s: {'a': 1, **m}\n    r: lambda_ if p else q\n    q: 1 < 2 <= 3\n    o.attr: int\n",
  "expect": [
   [
    "== <module> flags=16777216 stack=4",
    "SETUP_ANNOTATIONS 1:0-1:34",
    "LOAD_CONST 1:0-1:34",
    "LOAD_CONST 1:0-1:34",
    "IMPORT_NAME 1:0-1:34",
    "IMPORT_FROM 1:0-1:34",
    "STORE_NAME 1:0-1:34",
    "POP_TOP 1:0-1:34",
    "BUILD_LIST 2:15-2:17",
    "STORE_NAME 2:0-2:1",
    "LOAD_CONST 2:0-2:17",
    "LOAD_NAME 2:0-2:17",
    "LOAD_CONST 2:0-2:17",
    "STORE_SUBSCR 2:0-2:17",
    "LOAD_CONST 3:0-3:27",
    "LOAD_NAME 3:0-3:27",
    "LOAD_CONST 3:0-3:27",
    "STORE_SUBSCR 3:0-3:27",
    "LOAD_CONST 4:0-4:13",
    "LOAD_NAME 4:0-4:13",
    "LOAD_CONST 4:0-4:13",
    "STORE_SUBSCR 4:0-4:13",
    "LOAD_CONST 5:0-5:18",
    "LOAD_NAME 5:0-5:18",
    "LOAD_CONST 5:0-5:18",
    "STORE_SUBSCR 5:0-5:18",
    "LOAD_CONST 6:51-6:55",
    "LOAD_CONST 6:0-7:8",
    "BUILD_CONST_KEY_MAP 6:0-7:8",
    "LOAD_CONST 6:0-7:8",
    "LOAD_CONST 6:0-7:8",
    "MAKE_FUNCTION 6:0-7:8",
    "STORE_NAME 6:0-7:8",
    "PUSH_NULL 8:0-15:15",
    "LOAD_BUILD_CLASS 8:0-15:15",
    "LOAD_CONST 8:0-15:15",
    "MAKE_FUNCTION 8:0-15:15",
    "LOAD_CONST 8:0-15:15",
    "CALL 8:0-15:15",
    "STORE_NAME 8:0-15:15",
    "LOAD_CONST 8:0-15:15",
    "RETURN_VALUE 8:0-15:15"
   ],
   [
    "== f flags=16777231 stack=1",
    "LOAD_CONST 7:4-7:8",
    "RETURN_VALUE 7:4-7:8"
   ],
   [
    "== K flags=16777216 stack=3",
    "LOAD_NAME 8:0-8:0",
    "STORE_NAME 8:0-8:0",
    "LOAD_CONST 8:0-8:0",
    "STORE_NAME 8:0-8:0",
    "SETUP_ANNOTATIONS 8:0-8:0",
    "LOAD_CONST 9:4-9:13",
    "LOAD_NAME 9:4-9:13",
    "LOAD_CONST 9:4-9:13",
    "STORE_SUBSCR 9:4-9:13",
    "LOAD_CONST 10:4-10:18",
    "LOAD_NAME 10:4-10:18",
    "LOAD_CONST 10:4-10:18",
    "STORE_SUBSCR 10:4-10:18",
    "LOAD_CONST 11:4-11:23",
    "LOAD_NAME 11:4-11:23",
    "LOAD_CONST 11:4-11:23",
    "STORE_SUBSCR 11:4-11:23",
    "LOAD_CONST 12:4-12:20",
    "LOAD_NAME 12:4-12:20",
    "LOAD_CONST 12:4-12:20",
    "STORE_SUBSCR 12:4-12:20",
    "LOAD_CONST 13:4-13:26",
    "LOAD_NAME 13:4-13:26",
    "LOAD_CONST 13:4-13:26",
    "STORE_SUBSCR 13:4-13:26",
    "LOAD_CONST 14:4-14:17",
    "LOAD_NAME 14:4-14:17",
    "LOAD_CONST 14:4-14:17",
    "STORE_SUBSCR 14:4-14:17",
    "LOAD_NAME 15:4-15:5",
    "POP_TOP 15:4-15:15",
    "LOAD_CONST 15:4-15:15",
    "RETURN_VALUE 15:4-15:15"
   ]
  ]
 },
 "starred_annotation": {
  "src": "def f(*args: *Ts): pass\n",
  "expect": [
   [
    "== <module> flags=0 stack=2",
    "LOAD_CONST 1:0-1:23",
    "LOAD_NAME 1:14-1:16",
    "UNPACK_SEQUENCE 1:0-1:23",
    "BUILD_TUPLE 1:0-1:23",
    "LOAD_CONST 1:0-1:23",
    "MAKE_FUNCTION 1:0-1:23",
    "STORE_NAME 1:0-1:23",
    "LOAD_CONST 1:0-1:23",
    "RETURN_VALUE 1:0-1:23"
   ],
   [
    "== f flags=7 stack=1",
    "LOAD_CONST 1:0-1:0",
    "RETURN_VALUE 1:0-1:0"
   ]
  ]
 },
 "try_finally_raise": {
  "src": "try:\n    f()\nfinally:\n    if c:\n        raise X\n",
  "expect": [
   [
    "== <module> flags=0 stack=4",
    "NOP 1:0-5:15",
    "PUSH_NULL 2:4-2:5",
    "LOAD_NAME 2:4-2:5",
    "CALL 2:4-2:7",
    "POP_TOP 2:4-2:7",
    "LOAD_NAME 4:7-4:8",
    "POP_JUMP_IF_FALSE 4:4-5:15",
    "LOAD_NAME 5:14-5:15",
    "RAISE_VARARGS 5:8-5:15",
    "LOAD_CONST 4:4-5:15",
    "RETURN_VALUE 4:4-5:15",
    "PUSH_EXC_INFO 0:-1-0:-1",
    "LOAD_NAME 4:7-4:8",
    "POP_JUMP_IF_FALSE 4:4-5:15",
    "LOAD_NAME 5:14-5:15",
    "RAISE_VARARGS 5:8-5:15",
    "RERAISE 5:8-5:15",
    "COPY 5:8-5:15",
    "POP_EXCEPT 5:8-5:15",
    "RERAISE 5:8-5:15"
   ]
  ]
 },
 "expr_stmt_paren": {
  "src": "(f(\n  x))\n(a.b)\n",
  "expect": [
   [
    "== <module> flags=0 stack=3",
    "PUSH_NULL 1:1-1:2",
    "LOAD_NAME 1:1-1:2",
    "LOAD_NAME 2:2-2:3",
    "CALL 1:1-2:4",
    "POP_TOP 1:1-2:4",
    "LOAD_NAME 3:1-3:2",
    "LOAD_ATTR 3:1-3:4",
    "POP_TOP 3:1-3:4",
    "LOAD_CONST 3:1-3:4",
    "RETURN_VALUE 3:1-3:4"
   ]
  ]
 },
 "match_deep_nesting": {
  "src": "def f(v):\n    match v:\n        case [[[[a]]], {\"b\": {\"c\": [d, *e]}}, G(h=H(i, j=[k, *_, l]))] as whole:\n            return whole\n",
  "expect": [
   [
    "== <module> flags=0 stack=1",
    "LOAD_CONST 1:0-4:24",
    "MAKE_FUNCTION 1:0-4:24",
    "STORE_NAME 1:0-4:24",
    "LOAD_CONST 1:0-4:24",
    "RETURN_VALUE 1:0-4:24"
   ],
   [
    "== f flags=3 stack=10",
    "LOAD_FAST 2:10-2:11",
    "COPY 3:13-3:79",
    "MATCH_SEQUENCE 3:13-3:70",
    "POP_JUMP_IF_FALSE 3:13-3:70",
    "GET_LEN 3:13-3:70",
    "LOAD_CONST 3:13-3:70",
    "COMPARE_OP 3:13-3:70",
    "POP_JUMP_IF_FALSE 3:13-3:70",
    "UNPACK_SEQUENCE 3:13-3:70",
    "MATCH_SEQUENCE 3:14-3:21",
    "POP_JUMP_IF_FALSE 3:14-3:21",
    "GET_LEN 3:14-3:21",
    "LOAD_CONST 3:14-3:21",
    "COMPARE_OP 3:14-3:21",
    "POP_JUMP_IF_FALSE 3:14-3:21",
    "UNPACK_SEQUENCE 3:14-3:21",
    "MATCH_SEQUENCE 3:15-3:20",
    "POP_JUMP_IF_FALSE 3:15-3:20",
    "GET_LEN 3:15-3:20",
    "LOAD_CONST 3:15-3:20",
    "COMPARE_OP 3:15-3:20",
    "POP_JUMP_IF_FALSE 3:15-3:20",
    "UNPACK_SEQUENCE 3:15-3:20",
    "MATCH_SEQUENCE 3:16-3:19",
    "POP_JUMP_IF_FALSE 3:16-3:19",
    "GET_LEN 3:16-3:19",
    "LOAD_CONST 3:16-3:19",
    "COMPARE_OP 3:16-3:19",
    "POP_JUMP_IF_FALSE 3:16-3:19",
    "UNPACK_SEQUENCE 3:16-3:19",
    "SWAP 3:17-3:18",
    "SWAP 3:17-3:18",
    "SWAP 3:17-3:18",
    "MATCH_MAPPING 3:23-3:44",
    "POP_JUMP_IF_FALSE 3:23-3:44",
    "GET_LEN 3:23-3:44",
    "LOAD_CONST 3:23-3:44",
    "COMPARE_OP 3:23-3:44",
    "POP_JUMP_IF_FALSE 3:23-3:44",
    "LOAD_CONST 3:23-3:44",
    "MATCH_KEYS 3:23-3:44",
    "COPY 3:23-3:44",
    "POP_JUMP_IF_NONE 3:23-3:44",
    "UNPACK_SEQUENCE 3:23-3:44",
    "MATCH_MAPPING 3:29-3:43",
    "POP_JUMP_IF_FALSE 3:29-3:43",
    "GET_LEN 3:29-3:43",
    "LOAD_CONST 3:29-3:43",
    "COMPARE_OP 3:29-3:43",
    "POP_JUMP_IF_FALSE 3:29-3:43",
    "LOAD_CONST 3:29-3:43",
    "MATCH_KEYS 3:29-3:43",
    "COPY 3:29-3:43",
    "POP_JUMP_IF_NONE 3:29-3:43",
    "UNPACK_SEQUENCE 3:29-3:43",
    "MATCH_SEQUENCE 3:35-3:42",
    "POP_JUMP_IF_FALSE 3:35-3:42",
    "GET_LEN 3:35-3:42",
    "LOAD_CONST 3:35-3:42",
    "COMPARE_OP 3:35-3:42",
    "POP_JUMP_IF_FALSE 3:35-3:42",
    "UNPACK_EX 3:35-3:42",
    "SWAP 3:39-3:41",
    "SWAP 3:39-3:41",
    "SWAP 3:39-3:41",
    "SWAP 3:39-3:41",
    "SWAP 3:39-3:41",
    "SWAP 3:39-3:41",
    "SWAP 3:39-3:41",
    "POP_TOP 3:39-3:41",
    "POP_TOP 3:39-3:41",
    "POP_TOP 3:39-3:41",
    "POP_TOP 3:39-3:41",
    "LOAD_GLOBAL 3:46-3:47",
    "LOAD_CONST 3:46-3:69",
    "MATCH_CLASS 3:46-3:69",
    "COPY 3:46-3:69",
    "POP_JUMP_IF_NONE 3:46-3:69",
    "UNPACK_SEQUENCE 3:46-3:69",
    "LOAD_GLOBAL 3:50-3:51",
    "LOAD_CONST 3:50-3:68",
    "MATCH_CLASS 3:50-3:68",
    "COPY 3:50-3:68",
    "POP_JUMP_IF_NONE 3:50-3:68",
    "UNPACK_SEQUENCE 3:50-3:68",
    "SWAP 3:52-3:53",
    "SWAP 3:52-3:53",
    "SWAP 3:52-3:53",
    "SWAP 3:52-3:53",
    "SWAP 3:52-3:53",
    "MATCH_SEQUENCE 3:57-3:67",
    "POP_JUMP_IF_FALSE 3:57-3:67",
    "GET_LEN 3:57-3:67",
    "LOAD_CONST 3:57-3:67",
    "COMPARE_OP 3:57-3:67",
    "POP_JUMP_IF_FALSE 3:57-3:67",
    "COPY 3:57-3:67",
    "LOAD_CONST 3:57-3:67",
    "BINARY_SUBSCR 3:57-3:67",
    "SWAP 3:58-3:59",
    "SWAP 3:58-3:59",
    "SWAP 3:58-3:59",
    "SWAP 3:58-3:59",
    "SWAP 3:58-3:59",
    "SWAP 3:58-3:59",
    "COPY 3:58-3:59",
    "GET_LEN 3:58-3:59",
    "LOAD_CONST 3:58-3:59",
    "BINARY_OP 3:58-3:59",
    "BINARY_SUBSCR 3:58-3:59",
    "STORE_FAST 3:65-3:66",
    "POP_TOP 3:65-3:66",
    "STORE_FAST 3:65-3:66",
    "STORE_FAST 3:65-3:66",
    "STORE_FAST 3:65-3:66",
    "STORE_FAST 3:65-3:66",
    "STORE_FAST 3:65-3:66",
    "STORE_FAST 3:65-3:66",
    "LOAD_FAST 4:19-4:24",
    "RETURN_VALUE 4:12-4:24",
    "POP_TOP 3:13-3:79",
    "POP_TOP 3:13-3:79",
    "POP_TOP 3:13-3:79",
    "POP_TOP 3:13-3:79",
    "POP_TOP 3:13-3:79",
    "POP_TOP 3:13-3:79",
    "POP_TOP 3:13-3:79",
    "POP_TOP 3:13-3:79",
    "LOAD_CONST 3:13-3:79",
    "RETURN_VALUE 3:13-3:79"
   ]
  ]
 },
 "match_wildcards": {
  "src": "def f(v):\n    match v:\n        case [_, _, *_]: return 1\n        case [*_, _]: return 2\n        case (_, *_, _, 1): return 3\n        case {\"a\": _, **r}: return r\n        case {\"a\": _}: return 4\n        case C(_, _, x=_): return 5\n",
  "expect": [
   [
    "== <module> flags=0 stack=1",
    "LOAD_CONST 1:0-8:35",
    "MAKE_FUNCTION 1:0-8:35",
    "STORE_NAME 1:0-8:35",
    "LOAD_CONST 1:0-8:35",
    "RETURN_VALUE 1:0-8:35"
   ],
   [
    "== f flags=3 stack=5",
    "LOAD_FAST 2:10-2:11",
    "COPY 3:13-3:23",
    "MATCH_SEQUENCE 3:13-3:23",
    "POP_JUMP_IF_FALSE 3:13-3:23",
    "GET_LEN 3:13-3:23",
    "LOAD_CONST 3:13-3:23",
    "COMPARE_OP 3:13-3:23",
    "POP_JUMP_IF_FALSE 3:13-3:23",
    "POP_TOP 3:13-3:23",
    "POP_TOP 3:13-3:23",
    "LOAD_CONST 3:32-3:33",
    "RETURN_VALUE 3:32-3:33",
    "POP_TOP 3:13-3:23",
    "COPY 4:13-4:20",
    "MATCH_SEQUENCE 4:13-4:20",
    "POP_JUMP_IF_FALSE 4:13-4:20",
    "GET_LEN 4:13-4:20",
    "LOAD_CONST 4:13-4:20",
    "COMPARE_OP 4:13-4:20",
    "POP_JUMP_IF_FALSE 4:13-4:20",
    "POP_TOP 4:13-4:20",
    "POP_TOP 4:13-4:20",
    "LOAD_CONST 4:29-4:30",
    "RETURN_VALUE 4:29-4:30",
    "POP_TOP 4:13-4:20",
    "COPY 5:13-5:26",
    "MATCH_SEQUENCE 5:13-5:26",
    "POP_JUMP_IF_FALSE 5:13-5:26",
    "GET_LEN 5:13-5:26",
    "LOAD_CONST 5:13-5:26",
    "COMPARE_OP 5:13-5:26",
    "POP_JUMP_IF_FALSE 5:13-5:26",
    "COPY 5:13-5:26",
    "GET_LEN 5:13-5:26",
    "LOAD_CONST 5:13-5:26",
    "BINARY_OP 5:13-5:26",
    "BINARY_SUBSCR 5:13-5:26",
    "LOAD_CONST 5:24-5:25",
    "COMPARE_OP 5:24-5:25",
    "POP_JUMP_IF_FALSE 5:24-5:25",
    "POP_TOP 5:24-5:25",
    "POP_TOP 5:24-5:25",
    "LOAD_CONST 5:35-5:36",
    "RETURN_VALUE 5:35-5:36",
    "POP_TOP 5:13-5:26",
    "COPY 6:13-6:26",
    "MATCH_MAPPING 6:13-6:26",
    "POP_JUMP_IF_FALSE 6:13-6:26",
    "GET_LEN 6:13-6:26",
    "LOAD_CONST 6:13-6:26",
    "COMPARE_OP 6:13-6:26",
    "POP_JUMP_IF_FALSE 6:13-6:26",
    "LOAD_CONST 6:13-6:26",
    "MATCH_KEYS 6:13-6:26",
    "COPY 6:13-6:26",
    "POP_JUMP_IF_NONE 6:13-6:26",
    "UNPACK_SEQUENCE 6:13-6:26",
    "POP_TOP 6:19-6:20",
    "BUILD_MAP 6:19-6:20",
    "SWAP 6:19-6:20",
    "DICT_UPDATE 6:19-6:20",
    "UNPACK_SEQUENCE 6:19-6:20",
    "COPY 6:19-6:20",
    "SWAP 6:19-6:20",
    "DELETE_SUBSCR 6:19-6:20",
    "STORE_FAST 6:19-6:20",
    "POP_TOP 6:19-6:20",
    "LOAD_FAST 6:35-6:36",
    "RETURN_VALUE 6:28-6:36",
    "POP_TOP 6:13-6:26",
    "POP_TOP 6:13-6:26",
    "POP_TOP 6:13-6:26",
    "COPY 7:13-7:21",
    "MATCH_MAPPING 7:13-7:21",
    "POP_JUMP_IF_FALSE 7:13-7:21",
    "GET_LEN 7:13-7:21",
    "LOAD_CONST 7:13-7:21",
    "COMPARE_OP 7:13-7:21",
    "POP_JUMP_IF_FALSE 7:13-7:21",
    "LOAD_CONST 7:13-7:21",
    "MATCH_KEYS 7:13-7:21",
    "COPY 7:13-7:21",
    "POP_JUMP_IF_NONE 7:13-7:21",
    "UNPACK_SEQUENCE 7:13-7:21",
    "POP_TOP 7:19-7:20",
    "POP_TOP 7:19-7:20",
    "POP_TOP 7:19-7:20",
    "POP_TOP 7:19-7:20",
    "LOAD_CONST 7:30-7:31",
    "RETURN_VALUE 7:30-7:31",
    "POP_TOP 7:13-7:21",
    "POP_TOP 7:13-7:21",
    "POP_TOP 7:13-7:21",
    "LOAD_GLOBAL 8:13-8:14",
    "LOAD_CONST 8:13-8:25",
    "MATCH_CLASS 8:13-8:25",
    "COPY 8:13-8:25",
    "POP_JUMP_IF_NONE 8:13-8:25",
    "UNPACK_SEQUENCE 8:13-8:25",
    "POP_TOP 8:13-8:25",
    "POP_TOP 8:13-8:25",
    "POP_TOP 8:13-8:25",
    "LOAD_CONST 8:34-8:35",
    "RETURN_VALUE 8:34-8:35",
    "POP_TOP 8:13-8:25",
    "LOAD_CONST 8:13-8:25",
    "RETURN_VALUE 8:13-8:25"
   ]
  ]
 },
 "match_or_captures": {
  "src": "def f(v):\n    match v:\n        case ((1 | 2) as x) | (3 as x):\n            return x\n        case [x] | x if x:\n            return x\n",
  "expect": [
   [
    "== <module> flags=0 stack=1",
    "LOAD_CONST 1:0-6:20",
    "MAKE_FUNCTION 1:0-6:20",
    "STORE_NAME 1:0-6:20",
    "LOAD_CONST 1:0-6:20",
    "RETURN_VALUE 1:0-6:20"
   ],
   [
    "== f flags=3 stack=6",
    "LOAD_FAST 2:10-2:11",
    "COPY 3:13-3:38",
    "COPY 3:14-3:26",
    "COPY 3:14-3:26",
    "COPY 3:15-3:16",
    "LOAD_CONST 3:15-3:16",
    "COMPARE_OP 3:15-3:16",
    "POP_JUMP_IF_FALSE 3:15-3:16",
    "JUMP 3:15-3:16",
    "COPY 3:19-3:20",
    "LOAD_CONST 3:19-3:20",
    "COMPARE_OP 3:19-3:20",
    "POP_JUMP_IF_FALSE 3:19-3:20",
    "JUMP 3:19-3:20",
    "POP_TOP 3:19-3:20",
    "JUMP 3:19-3:20",
    "POP_TOP 3:19-3:20",
    "JUMP 3:19-3:20",
    "POP_TOP 3:19-3:20",
    "COPY 3:31-3:37",
    "COPY 3:31-3:37",
    "LOAD_CONST 3:31-3:32",
    "COMPARE_OP 3:31-3:32",
    "POP_JUMP_IF_FALSE 3:31-3:32",
    "JUMP 3:31-3:32",
    "POP_TOP 3:31-3:32",
    "POP_TOP 3:31-3:32",
    "JUMP 3:31-3:32",
    "STORE_FAST 3:31-3:32",
    "POP_TOP 3:31-3:32",
    "POP_TOP 3:31-3:32",
    "LOAD_FAST 4:19-4:20",
    "RETURN_VALUE 4:12-4:20",
    "COPY 5:13-5:16",
    "MATCH_SEQUENCE 5:13-5:16",
    "POP_JUMP_IF_FALSE 5:13-5:16",
    "GET_LEN 5:13-5:16",
    "LOAD_CONST 5:13-5:16",
    "COMPARE_OP 5:13-5:16",
    "POP_JUMP_IF_FALSE 5:13-5:16",
    "UNPACK_SEQUENCE 5:13-5:16",
    "JUMP 5:14-5:15",
    "POP_TOP 5:14-5:15",
    "COPY 5:19-5:20",
    "STORE_FAST 5:19-5:20",
    "POP_TOP 5:19-5:20",
    "LOAD_FAST 5:24-5:25",
    "POP_JUMP_IF_FALSE 5:19-5:20",
    "LOAD_FAST 6:19-6:20",
    "RETURN_VALUE 6:12-6:20",
    "LOAD_CONST 5:19-5:20",
    "RETURN_VALUE 5:19-5:20"
   ]
  ]
 },
 "match_class_body": {
  "src": "class K:\n    match x:\n        case (a, b):\n            pass\n        case {\"z\": z, **kw}:\n            pass\n",
  "expect": [
   [
    "== <module> flags=0 stack=4",
    "PUSH_NULL 1:0-6:16",
    "LOAD_BUILD_CLASS 1:0-6:16",
    "LOAD_CONST 1:0-6:16",
    "MAKE_FUNCTION 1:0-6:16",
    "LOAD_CONST 1:0-6:16",
    "CALL 1:0-6:16",
    "STORE_NAME 1:0-6:16",
    "LOAD_CONST 1:0-6:16",
    "RETURN_VALUE 1:0-6:16"
   ],
   [
    "== K flags=0 stack=4",
    "LOAD_NAME 1:0-1:0",
    "STORE_NAME 1:0-1:0",
    "LOAD_CONST 1:0-1:0",
    "STORE_NAME 1:0-1:0",
    "LOAD_NAME 2:10-2:11",
    "COPY 3:13-3:19",
    "MATCH_SEQUENCE 3:13-3:19",
    "POP_JUMP_IF_FALSE 3:13-3:19",
    "GET_LEN 3:13-3:19",
    "LOAD_CONST 3:13-3:19",
    "COMPARE_OP 3:13-3:19",
    "POP_JUMP_IF_FALSE 3:13-3:19",
    "UNPACK_SEQUENCE 3:13-3:19",
    "STORE_NAME 3:17-3:18",
    "STORE_NAME 3:17-3:18",
    "POP_TOP 3:17-3:18",
    "LOAD_CONST 4:12-4:16",
    "RETURN_VALUE 4:12-4:16",
    "POP_TOP 3:13-3:19",
    "MATCH_MAPPING 5:13-5:27",
    "POP_JUMP_IF_FALSE 5:13-5:27",
    "GET_LEN 5:13-5:27",
    "LOAD_CONST 5:13-5:27",
    "COMPARE_OP 5:13-5:27",
    "POP_JUMP_IF_FALSE 5:13-5:27",
    "LOAD_CONST 5:13-5:27",
    "MATCH_KEYS 5:13-5:27",
    "COPY 5:13-5:27",
    "POP_JUMP_IF_NONE 5:13-5:27",
    "UNPACK_SEQUENCE 5:13-5:27",
    "SWAP 5:19-5:20",
    "SWAP 5:19-5:20",
    "BUILD_MAP 5:19-5:20",
    "SWAP 5:19-5:20",
    "DICT_UPDATE 5:19-5:20",
    "UNPACK_SEQUENCE 5:19-5:20",
    "COPY 5:19-5:20",
    "SWAP 5:19-5:20",
    "DELETE_SUBSCR 5:19-5:20",
    "SWAP 5:19-5:20",
    "STORE_NAME 5:19-5:20",
    "STORE_NAME 5:19-5:20",
    "LOAD_CONST 6:12-6:16",
    "RETURN_VALUE 6:12-6:16",
    "POP_TOP 5:13-5:27",
    "POP_TOP 5:13-5:27",
    "POP_TOP 5:13-5:27",
    "LOAD_CONST 5:13-5:27",
    "RETURN_VALUE 5:13-5:27"
   ]
  ]
 },
 "match_async": {
  "src": "async def f(v):\n    match await v:\n        case [a, *_] if await a:\n            return a\n",
  "expect": [
   [
    "== <module> flags=0 stack=1",
    "LOAD_CONST 1:0-4:20",
    "MAKE_FUNCTION 1:0-4:20",
    "STORE_NAME 1:0-4:20",
    "LOAD_CONST 1:0-4:20",
    "RETURN_VALUE 1:0-4:20"
   ],
   [
    "== f flags=131 stack=3",
    "RETURN_GENERATOR 1:-1-1:-1",
    "POP_TOP 1:-1-1:-1",
    "LOAD_FAST 2:16-2:17",
    "GET_AWAITABLE 2:10-2:17",
    "LOAD_CONST 2:10-2:17",
    "SEND 2:10-2:17",
    "YIELD_VALUE 2:10-2:17",
    "JUMP 2:10-2:17",
    "MATCH_SEQUENCE 3:13-3:20",
    "POP_JUMP_IF_FALSE 3:13-3:20",
    "GET_LEN 3:13-3:20",
    "LOAD_CONST 3:13-3:20",
    "COMPARE_OP 3:13-3:20",
    "POP_JUMP_IF_FALSE 3:13-3:20",
    "COPY 3:13-3:20",
    "LOAD_CONST 3:13-3:20",
    "BINARY_SUBSCR 3:13-3:20",
    "STORE_FAST 3:14-3:15",
    "POP_TOP 3:14-3:15",
    "LOAD_FAST 3:30-3:31",
    "GET_AWAITABLE 3:24-3:31",
    "LOAD_CONST 3:24-3:31",
    "SEND 3:24-3:31",
    "YIELD_VALUE 3:24-3:31",
    "JUMP 3:24-3:31",
    "POP_JUMP_IF_FALSE 3:14-3:15",
    "LOAD_FAST 4:19-4:20",
    "RETURN_VALUE 4:12-4:20",
    "POP_TOP 3:13-3:20",
    "LOAD_CONST 3:13-3:20",
    "RETURN_VALUE 3:13-3:20",
    "LOAD_CONST 3:14-3:15",
    "RETURN_VALUE 3:14-3:15"
   ]
  ]
 }
};

/** Constant expressions CPython 3.11 folds, with the repr() of the folded value (from python3.11). */
const CPYTHON_FOLDS: [string, string][] = [["-((-1) >> (13))", "1"], ["(1) - (-5)", "6"], ["(-5) << (True)", "-10"], ["(True) + (True)", "2"], ["(0.1) * (1e300)", "1e+299"], ["(-1) - (2**62)", "-4611686018427387905"], ["(7) // (7)", "1"], ["(True) >> (3)", "0"], ["(3) % (3.0)", "0.0"], ["not ((1.5) // (10**20))", "True"], ["not ((255) & (-7))", "False"], ["(-5) % (1.5)", "1.0"], ["(7) * (255)", "1785"], ["(1) ^ (10**20)", "100000000000000000001"], ["(7) + (0)", "7"], ["-((-1) / (-2.5))", "-0.4"], ["-((7) - (255))", "248"], ["(10**20) % (1.5)", "1.0"], ["(-5) ^ (2**62)", "-4611686018427387909"], ["+((0.1) + (0.1))", "0.2"], ["(False) | (-7)", "-7"], ["+((2) + (0))", "2"], ["(2**62) & (1)", "0"], ["(2) / (1)", "2.0"], ["(-2.5) % (1.5)", "0.5"], ["(13) & (-1)", "13"], ["(0) ^ (2)", "2"], ["~((-5) | (True))", "4"], ["(-0.0) - (1j)", "(-0-1j)"], ["(13) ** (True)", "13"], ["(-1) | (255)", "-1"], ["(False) ** (255)", "0"], ["(1) + (0.1)", "1.1"], ["(-2.5) * (2)", "-5.0"], ["(-5) - (1e300)", "-1e+300"], ["not ((13) - (2**62))", "False"], ["(True) // (-5)", "-1"], ["(-5) ** (1)", "-5"], ["+((2**62) // (3))", "1537228672809129301"], ["(1e300) // (0.5)", "2e+300"], ["(0) / (7)", "0.0"], ["(0.5) % (0.1)", "0.09999999999999998"], ["(1e300) - (7)", "1e+300"], ["(3) / (1)", "3.0"], ["(3) + (0.5)", "3.5"], ["(-0.0) - (7)", "-7.0"], ["(2) - (0)", "2"], ["(-1) // (-7)", "0"], ["not ((1.5) % (3))", "False"], ["(0.1) // (True)", "0.0"], ["(10**20) | (3)", "100000000000000000003"], ["(3.0) - (-0.0)", "3.0"], ["not ((2**62) ** (True))", "False"], ["(-7) + (255)", "248"], ["not ((0.5) - (0.5))", "True"], ["(1.5) - (-7)", "8.5"], ["(13) + (-5)", "8"], ["(1e300) - (2)", "1e+300"], ["(0.5) % (0.5)", "0.0"], ["(7) * (0.5)", "3.5"], ["-((0) - (0))", "0"], ["not (('') * (-5))", "True"], ["~((True) ^ (2))", "-4"], ["(1j) * (7)", "7j"], ["(7) // (True)", "7"], ["(False) / (2**62)", "0.0"], ["+((True) / (7))", "0.14285714285714285"], ["+((3) / (10**20))", "3e-20"], ["(0) ^ (True)", "1"], ["(-5) >> (True)", "-3"], ["-((-5) - (False))", "5"], ["not ((255) + (2.5j))", "False"], ["(255) ** (1)", "255"], ["(10**20) / (True)", "1e+20"], ["(0.5) + (7)", "7.5"], ["(2) ^ (2**62)", "4611686018427387906"], ["(True) ^ (3)", "2"], ["(2) * (1)", "2"], ["(3) * (3.0)", "9.0"], ["not ((1) / (-5))", "False"], ["(3) // (0.5)", "6.0"], ["-((2**62) / (13))", "-3.547450783405683e+17"], ["(13) // (True)", "13"], ["(0.5) % (-7)", "-6.5"], ["(-5) ^ (-1)", "4"], ["(2) - (1e300)", "-1e+300"], ["(3) * (0.1)", "0.30000000000000004"], ["(0) | (-1)", "-1"], ["(True) // (3)", "0"], ["(1e300) + (1.5)", "1e+300"], ["(-5) >> (10**20)", "-1"], ["(1) | (-5)", "-5"], ["+((2**62) + (True))", "4611686018427387905"], ["(-2.5) - (2)", "-4.5"], ["(3) ** (1)", "3"], ["-((7) // (-1))", "7"], ["+((True) << (True))", "2"], ["(3.0) // (-7)", "-1.0"], ["(False) + (3)", "3"], ["-((1.5) // (13))", "-0.0"], ["+((False) & (False))", "0"], ["(False) % (7)", "0"], ["(0) % (10**20)", "0"], ["(0.1) + (0.5)", "0.6"], ["not ((13) | (2**62))", "False"], ["+((7) / (-5))", "-1.4"], ["(2**62) % (True)", "0"], ["(1e300) + (3)", "1e+300"], ["(-1) - (2.5j)", "(-1-2.5j)"], ["(-1) // (7)", "-1"], ["(13) / (1e300)", "1.3e-299"], ["(-2.5) + (True)", "-1.5"], ["(1e300) // (1)", "1e+300"], ["(0.1) // (3.0)", "0.0"], ["(False) | (2**62)", "4611686018427387904"], ["(0.5) * (-2.5)", "-1.25"], ["-((1) | (False))", "-1"], ["(1j) - (True)", "(-1+1j)"], ["+((-1) ** (True))", "-1"], ["(False) - (1j)", "-1j"], ["~((1) // (-1))", "0"], ["(255) ^ (3)", "252"], ["(2) % (-7)", "-5"], ["(3) ^ (3)", "0"], ["(False) // (-1)", "0"], ["(7) % (10**20)", "7"], ["(1.5) % (-5)", "-3.5"], ["+((2) * (10**20))", "200000000000000000000"], ["-((-2.5) - (1e300))", "1e+300"], ["-((255) << (True))", "-510"], ["(True) // (-2.5)", "-1.0"], ["(13) ^ (3)", "14"], ["(13) % (255)", "13"], ["+((False) // (3))", "0"], ["(True) ^ (-5)", "-6"], ["not ((7) * (-2.5))", "False"]];

describe('compiler vs CPython 3.11 (ops, positions, stacksize, flags)', () => {
  for (const [name, { src, expect: want }] of Object.entries(CPYTHON)) {
    it(name, () => {
      const code = compile(src);
      verifyCode(code);
      expect(listing(code)).toEqual(want);
    });
  }
});

/** Opcode names of the code object with this qualname (the module if omitted). */
function ops(src: string, qualname = '<module>'): string[] {
  const co = allCodeObjects(compile(src)).find((c) => c.qualname === qualname)!;
  const out: string[] = [];
  for (let i = 0; i < co.code.length; i += instrSize(co.code[i] & 0xff)) out.push(OPCODES[co.code[i] & 0xff].name);
  return out;
}

describe('opcode sequences', () => {
  it('loops close with JUMP_BACKWARD, the only budget-checking jump', () => {
    expect(ops('def f(n):\n    while n:\n        n -= 1\n', 'f')).toEqual([
      'LOAD_FAST', 'POP_JUMP_IF_FALSE', 'LOAD_FAST', 'LOAD_CONST', 'BINARY_OP', 'STORE_FAST', 'JUMP_BACKWARD',
      'LOAD_CONST', 'RETURN_VALUE',
    ]);
  });
  it('calls use PUSH_NULL / LOAD_METHOD and KW_NAMES', () => {
    expect(ops('f(1, k=2)\no.m(x)\n')).toEqual([
      'PUSH_NULL', 'LOAD_NAME', 'LOAD_CONST', 'LOAD_CONST', 'KW_NAMES', 'CALL', 'POP_TOP',
      'LOAD_NAME', 'LOAD_METHOD', 'LOAD_NAME', 'CALL', 'POP_TOP', 'LOAD_CONST', 'RETURN_VALUE',
    ]);
  });
  it('closures: MAKE_CELL, COPY_FREE_VARS, LOAD_CLOSURE, LOAD_DEREF', () => {
    const src = 'def f(a):\n    def g():\n        return a\n    return g\n';
    expect(ops(src, 'f')).toEqual(['MAKE_CELL', 'LOAD_CLOSURE', 'BUILD_TUPLE', 'LOAD_CONST', 'MAKE_FUNCTION', 'STORE_FAST', 'LOAD_FAST', 'RETURN_VALUE']);
    expect(ops(src, 'f.<locals>.g')).toEqual(['COPY_FREE_VARS', 'LOAD_DEREF', 'RETURN_VALUE']);
    const f = allCodeObjects(compile(src)).find((c) => c.qualname === 'f')!;
    expect(f.localsplusnames).toEqual(['a', 'g']);
    expect(f.localspluskinds).toEqual([0x60, 0x20]);
  });
  it('class bodies store __module__ and __qualname__ and return the __class__ cell', () => {
    const src = 'class C:\n    def m(self):\n        return super().m()\n';
    expect(ops(src, 'C')).toEqual([
      'MAKE_CELL', 'LOAD_NAME', 'STORE_NAME', 'LOAD_CONST', 'STORE_NAME', 'LOAD_CLOSURE', 'BUILD_TUPLE',
      'LOAD_CONST', 'MAKE_FUNCTION', 'STORE_NAME', 'LOAD_CLOSURE', 'COPY', 'STORE_NAME', 'RETURN_VALUE',
    ]);
    const c = allCodeObjects(compile(src)).find((x) => x.qualname === 'C')!;
    expect(c.localsplusnames).toEqual(['__class__']);
    expect(c.names).toEqual(['__name__', '__module__', '__qualname__', 'm', '__classcell__']);
  });
  it('generators start with RETURN_GENERATOR and POP_TOP', () => {
    expect(ops('def g():\n    yield 1\n', 'g')).toEqual(['RETURN_GENERATOR', 'POP_TOP', 'LOAD_CONST', 'YIELD_VALUE', 'POP_TOP', 'LOAD_CONST', 'RETURN_VALUE']);
  });
  it('constant conditions are folded away', () => {
    expect(ops('while True:\n    f()\n')).toEqual(['NOP', 'PUSH_NULL', 'LOAD_NAME', 'CALL', 'POP_TOP', 'JUMP_BACKWARD']);
    expect(ops('if 0:\n    f()\nx = 1\n')).toEqual(['NOP', 'LOAD_CONST', 'STORE_NAME', 'LOAD_CONST', 'RETURN_VALUE']);
  });
});

describe('dis', () => {
  it('prints CPython\'s layout with word offsets', () => {
    const text = disassemble(compile('def f(a, b=1):\n    if a:\n        return a + b\n    return f"{a!r}"\n'));
    expect(text).toBe([
      '  1           0 LOAD_CONST               3 ((1,))',
      '              1 LOAD_CONST               1 (<code object f, file "f.py", line 1>)',
      '              2 MAKE_FUNCTION            1 (defaults)',
      '              3 STORE_NAME               0 (f)',
      '              4 LOAD_CONST               2 (None)',
      '              5 RETURN_VALUE',
      '',
      'Disassembly of <code object f, file "f.py", line 1>:',
      '  2           0 LOAD_FAST                0 (a)',
      '              1 POP_JUMP_IF_FALSE        7 (to 7)',
      '',
      '  3           2 LOAD_FAST                0 (a)',
      '              3 LOAD_FAST                1 (b)',
      '              4 BINARY_OP                0 (+)',
      '              6 RETURN_VALUE',
      '',
      '  4     >>    7 LOAD_FAST                0 (a)',
      '              8 FORMAT_VALUE             2 (repr)',
      '              9 RETURN_VALUE',
      '',
    ].join('\n'));
  });
  it('prints the exception table', () => {
    const text = disassemble(compile('try:\n    f()\nexcept E:\n    pass\n'));
    expect(text).toContain('ExceptionTable:\n');
    expect(text).toMatch(/ {2}\d+ to \d+ -> \d+ \[1\] lasti/);
  });
});

describe('verify', () => {
  const root = join(__dirname, '..', 'programs');
  const files: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n.endsWith('.py')) files.push(p);
    }
  };
  walk(root);
  it('accepts every compiled test program and the corpus', () => {
    let compiled = 0;
    for (const f of files) {
      const src = readFileSync(f, 'utf8');
      let code: CodeObject;
      try { code = compileModule(parse(src, f), f, src); } catch (e) { if (e instanceof PySyntaxError) continue; throw e; }
      verifyCode(code);
      compiled++;
    }
    for (const { src } of Object.values(CPYTHON)) verifyCode(compile(src));
    expect(compiled).toBeGreaterThan(0);
  });
  it('rejects a bad stack depth and a bad jump', () => {
    const code = compile('x = 1\n');
    const bad = { ...code, stacksize: 0 };
    expect(() => verifyCode(bad)).toThrow(/exceeds stacksize/);
    const words = Uint32Array.from(code.code);
    words[0] = (OPCODES.findIndex((o) => o.name === 'JUMP_FORWARD')) | (99 << 8);
    expect(() => verifyCode({ ...code, code: words })).toThrow(/jump target/);
  });
});

describe('marshal', () => {
  it('writes the header, names as z, and nested code objects', () => {
    const code = compile('def f(x):\n    return x + 10**30\ns = "a b"\n');
    const ids = new Map<CodeObject, number>();
    const bytes = marshalCode(code, (c) => { ids.set(c, ids.size); return ids.size - 1; });
    expect(ids.size).toBe(2);
    expect(String.fromCharCode(bytes[0])).toBe('C');
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect(view.getUint32(1, true)).toBe(0); // argcount
    expect(view.getUint32(1 + 4 * 4, true)).toBe(code.stacksize);
    expect(view.getUint32(1 + 7 * 4, true)).toBe(0); // hostId
    expect(String.fromCharCode(bytes[33])).toBe('z'); // name
    const text = new TextDecoder('latin1').decode(bytes);
    expect(text).toContain('s\u0003\u0000\u0000\u0000a b'); // a non-identifier string constant is 's'
    expect(text).toContain('z\u0001\u0000\u0000\u0000f'); // identifiers are 'z'
    expect(text).toContain('I\u0000\u0004\u0000\u0000\u0000'); // 10**30 is an 'I' with 4 digits
  });
});

describe('constant folding matches CPython', () => {
  it('folds to the same values', () => {
    for (const [expr, want] of CPYTHON_FOLDS) {
      const code = compile(`x = ${expr}`);
      expect(OPCODES[code.code[1] & 0xff].name, expr).toBe('STORE_NAME');
      expect(constRepr(code.consts[code.code[0] >>> 8]), expr).toBe(want);
    }
  });
  it('leaves what CPython leaves (errors, huge results)', () => {
    // python3.11 keeps a BINARY_OP for each of these.
    for (const expr of ['1 / 0', '2 ** 1000', "'c' * 5000", '(1,) * 300', '1 << 200', '10 % 0', "b'x' * -1"]) {
      expect(OPCODES[compile(`x = ${expr}`).code[1] & 0xff].name, expr).not.toBe('STORE_NAME');
    }
  });
});

describe('from __future__ import annotations', () => {
  it('stores annotations as CPython 3.11 unparses them', () => {
    const text = [
      'from __future__ import annotations',
      'x: list[int] = []', 'y: Optional[Dict[str, int]]', 'z: int | None', 'w: tuple[int, ...]',
      "def f(a: 'str', *b: int, c: Callable[[int], str] = None, **d: a.b.C) -> -1 + 2 * 3 ** 4:", '    pass',
      'class K:', '    v: (1, 2)', '    u: x[1:2, ::3]', '    t: not a or b and c', "    s: {'a': 1, **m}",
      '    r: lambda_ if p else q', '    q: 1 < 2 <= 3', '',
    ].join('\n');
    const strs = (co: CodeObject) => co.consts.filter((k) => k.type === 'str').map((k) => (k as { value: string }).value);
    const [mod, , k] = allCodeObjects(compile(text));
    // Expected strings: co_consts of python3.11's compile() of the same source.
    expect(strs(mod)).toEqual(['list[int]', 'x', 'Optional[Dict[str, int]]', 'y', 'int | None', 'z', 'tuple[int, ...]', 'w',
      'a', "'str'", 'b', 'int', 'c', 'Callable[[int], str]', 'd', 'a.b.C', 'return', '-1 + 2 * 3 ** 4', 'K']);
    expect(strs(k)).toEqual(['K', '(1, 2)', 'v', 'x[1:2, ::3]', 'u', 'not a or b and c', 't', "{'a': 1, **m}", 's',
      'lambda_ if p else q', 'r', '1 < 2 <= 3', 'q']);
    expect(mod.flags & 0x1000000).toBe(0x1000000);
  });
});

describe("compile()'s modes (parseMode + compileMod)", () => {
  const modeOps = (src: string, mode: 'exec' | 'eval' | 'single'): string[] => {
    const co = compileMod(parseMode(src, '<string>', mode), '<string>', src);
    verifyCode(co);
    const out: string[] = [];
    for (let i = 0; i < co.code.length; i += instrSize(co.code[i] & 0xff)) out.push(OPCODES[co.code[i] & 0xff].name);
    return out;
  };
  it("'eval' returns the expression's value, with no None constant", () => {
    expect(modeOps('a + 1', 'eval')).toEqual(['LOAD_NAME', 'LOAD_CONST', 'BINARY_OP', 'RETURN_VALUE']);
    const co = compileMod(parseMode('a, 2', '<string>', 'eval'), '<string>', 'a, 2');
    expect(co.consts.map(constRepr)).toEqual(['2']);
  });
  it("'single' displays module-level expression statements (not a function's)", () => {
    expect(modeOps('x = 1; x', 'single')).toEqual(['LOAD_CONST', 'STORE_NAME', 'LOAD_NAME', 'PRINT_EXPR', 'LOAD_CONST', 'RETURN_VALUE']);
    expect(modeOps("'doc'", 'single')).toEqual(['LOAD_CONST', 'PRINT_EXPR', 'LOAD_CONST', 'RETURN_VALUE']);
    expect(modeOps('def f():\n    x\n', 'single')).not.toContain('PRINT_EXPR');
  });
  it("'single' takes one statement, a compound one needing the line after its block", () => {
    expect(() => parseMode('1\n2', '<s>', 'single')).toThrow(/multiple statements found while compiling a single statement/);
    expect(() => parseMode('def f(): pass', '<s>', 'single')).toThrow(PySyntaxError);
    expect(() => parseMode('def f(): pass\n', '<s>', 'single')).not.toThrow();
    expect(() => parseMode('if 1:\n  x', '<s>', 'single')).not.toThrow();
  });
  it("'eval' rejects statements; empty input errs on line 0", () => {
    expect(() => parseMode('x = 1', '<s>', 'eval')).toThrow(PySyntaxError);
    try {
      parseMode('', '<s>', 'eval');
    } catch (e) {
      expect((e as PySyntaxError).lineno).toBe(0);
    }
  });
});
