// THE opcode table: the single source of truth for pyrite's instruction set.
//
// scripts/gen-opcodes.ts turns it into assembly/opcodes.gen.ts (the core's `OP_*` constants) and
// src/bytecode/op.gen.ts (the compiler's `const enum Op`); the compiler's emit helpers and
// max-stack computation, the disassembler (dis.ts) and the verifier (verify.ts) read this table
// and nothing else. Numbering is dense from 0 in row order so that the eval loop's `switch`
// compiles to one `br_table`: reordering rows changes dispatch and needs a bench ratio.
//
// Instruction word (u32, little-endian), then `cache` zeroed u32 words that belong to it:
//
//   31                               8 7          0
//  +----------------------------------+------------+
//  |            oparg (24 bits)       | opcode (8) |   [cache word 0] [cache word 1] ...
//  +----------------------------------+------------+
//
// Jump targets are absolute word indices into the code (so a jump never needs EXTENDED_ARG and
// there is none). The instruction after an op with cache slots starts `1 + cache` words later.
//
// Stack contract (CPython's bytecodes.c convention): `pop` inputs are consumed (their references
// are released or stolen), `push` outputs are new references. `doc` reads `inputs -- outputs`,
// rightmost = top of stack. For a conditional jump, `push` is the fall-through effect and
// `jumpPush` the effect when the jump is taken.
//
// Calls follow CPython 3.11: the callee slot is preceded by a NULL-or-callable slot.
//   PUSH_NULL; LOAD_GLOBAL f; <args>; CALL n      stack: NULL f a1..an
//   LOAD_METHOD m; <args>; CALL n                 stack: meth self a1..an  or  NULL attr a1..an
// so a bound-method call needs no bound-method object.

export type OperandFormat =
  | 'none'      // oparg unused (0)
  | 'u'         // a plain unsigned number
  | 'count'     // a number of stack items
  | 'const'     // index into co_consts
  | 'name'      // index into co_names
  | 'local'     // index into co_varnames (fast locals)
  | 'deref'     // index into localsplus (a cell or free variable slot)
  | 'jump'      // absolute target word index
  | 'cmp'       // comparison: 0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >= (CPython's Py_LT..Py_GE)
  | 'binop'     // NB_* below
  | 'inv';      // 0 or 1: invert the result (IS_OP, CONTAINS_OP)

export type Effect = number | ((oparg: number) => number);

export interface OpInfo {
  name: string;
  fmt: OperandFormat;
  pop: Effect;
  push: Effect;
  /** Stack effect when a conditional jump is taken (push count after `pop`). */
  jumpPush?: Effect;
  /** Inline-cache words after the instruction, reserved for specialization. */
  cache?: number;
  /** The instruction may raise (and so needs its location recorded). */
  raises?: boolean;
  /** Control never falls through to the next instruction. */
  terminal?: boolean;
  /** A jump whose target is at or before itself: the eval loop checks the budget here. */
  backward?: boolean;
  doc: string;
}

/** BINARY_OP operands, numbered as CPython 3.11's NB_* so `dis` output reads the same. */
export const NB = {
  ADD: 0, AND: 1, FLOOR_DIVIDE: 2, LSHIFT: 3, MATRIX_MULTIPLY: 4, MULTIPLY: 5, REMAINDER: 6,
  OR: 7, POWER: 8, RSHIFT: 9, SUBTRACT: 10, TRUE_DIVIDE: 11, XOR: 12,
  INPLACE_ADD: 13, INPLACE_AND: 14, INPLACE_FLOOR_DIVIDE: 15, INPLACE_LSHIFT: 16,
  INPLACE_MATRIX_MULTIPLY: 17, INPLACE_MULTIPLY: 18, INPLACE_REMAINDER: 19, INPLACE_OR: 20,
  INPLACE_POWER: 21, INPLACE_RSHIFT: 22, INPLACE_SUBTRACT: 23, INPLACE_TRUE_DIVIDE: 24,
  INPLACE_XOR: 25,
  // Not a BINARY_OP operand (the compiler never emits it; NB_SYMBOLS stops before it, so the
  // verifier rejects it): the number of the divmod() slot among the core's binary-operator
  // slots, which dispatches like the operators above (CPython's nb_divmod).
  DIVMOD: 26,
} as const;
/** The operator symbol of each NB_* value, for dis and for error messages. */
export const NB_SYMBOLS = [
  '+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^',
  '+=', '&=', '//=', '<<=', '@=', '*=', '%=', '|=', '**=', '>>=', '-=', '/=', '^=',
];
export const CMP_SYMBOLS = ['<', '<=', '==', '!=', '>', '>='];

/** MAKE_FUNCTION flags: which optional items sit below the code object. */
export const MF = { DEFAULTS: 1, KWDEFAULTS: 2, ANNOTATIONS: 4, CLOSURE: 8 } as const;
/** FORMAT_VALUE flags: conversion in the low 2 bits, spec present in bit 2. */
export const FV = { NONE: 0, STR: 1, REPR: 2, ASCII: 3, MASK: 3, HAVE_SPEC: 4 } as const;
/** CALL_FUNCTION_EX flag: a kwargs dict is on the stack. */
export const CFE_KWARGS = 1;

const popcount4 = (n: number) => (n & 1) + ((n >> 1) & 1) + ((n >> 2) & 1) + ((n >> 3) & 1);

export const OPCODES: OpInfo[] = [
  // ---- stack ----
  { name: 'NOP', fmt: 'none', pop: 0, push: 0, doc: '--' },
  { name: 'POP_TOP', fmt: 'none', pop: 1, push: 0, doc: 'value --' },
  { name: 'PUSH_NULL', fmt: 'none', pop: 0, push: 1, doc: '-- NULL' },
  { name: 'COPY', fmt: 'u', pop: (n) => n, push: (n) => n + 1, doc: 'x items[n-1] -- x items[n-1] x  (n >= 1; COPY 1 duplicates the top)' },
  { name: 'SWAP', fmt: 'u', pop: (n) => n, push: (n) => n, doc: 'x items[n-2] y -- y items[n-2] x  (n >= 2)' },

  // ---- constants and variables ----
  { name: 'LOAD_CONST', fmt: 'const', pop: 0, push: 1, doc: '-- consts[i]' },
  { name: 'LOAD_FAST', fmt: 'local', pop: 0, push: 1, raises: true, doc: '-- locals[i]  (UnboundLocalError if unbound)' },
  { name: 'STORE_FAST', fmt: 'local', pop: 1, push: 0, doc: 'value --  ; locals[i] = value' },
  { name: 'DELETE_FAST', fmt: 'local', pop: 0, push: 0, raises: true, doc: '--  ; del locals[i] (UnboundLocalError if unbound)' },
  { name: 'LOAD_GLOBAL', fmt: 'name', pop: 0, push: 1, cache: 4, raises: true, doc: '-- globals/builtins[names[i]]  (NameError)' },
  { name: 'STORE_GLOBAL', fmt: 'name', pop: 1, push: 0, raises: true, doc: 'value --  ; globals[names[i]] = value' },
  { name: 'DELETE_GLOBAL', fmt: 'name', pop: 0, push: 0, raises: true, doc: '--  ; del globals[names[i]] (NameError)' },
  { name: 'LOAD_NAME', fmt: 'name', pop: 0, push: 1, raises: true, doc: '-- locals/globals/builtins[names[i]]  (NameError)' },
  { name: 'STORE_NAME', fmt: 'name', pop: 1, push: 0, raises: true, doc: 'value --  ; locals[names[i]] = value' },
  { name: 'DELETE_NAME', fmt: 'name', pop: 0, push: 0, raises: true, doc: '--  ; del locals[names[i]] (NameError)' },
  { name: 'MAKE_CELL', fmt: 'deref', pop: 0, push: 0, raises: true, doc: '--  ; localsplus[i] = cell(localsplus[i] or empty)' },
  { name: 'COPY_FREE_VARS', fmt: 'count', pop: 0, push: 0, doc: '--  ; the last n localsplus slots = the function closure cells' },
  { name: 'LOAD_CLOSURE', fmt: 'deref', pop: 0, push: 1, doc: '-- cell  ; the cell object in localsplus[i] itself' },
  { name: 'LOAD_DEREF', fmt: 'deref', pop: 0, push: 1, raises: true, doc: '-- cell_contents  (NameError/UnboundLocalError if empty)' },
  { name: 'LOAD_CLASSDEREF', fmt: 'deref', pop: 0, push: 1, raises: true, doc: '-- value  ; class-body locals first, then the cell' },
  { name: 'STORE_DEREF', fmt: 'deref', pop: 1, push: 0, doc: 'value --  ; cell_contents = value' },
  { name: 'DELETE_DEREF', fmt: 'deref', pop: 0, push: 0, raises: true, doc: '--  ; empty the cell' },

  // ---- attributes and subscripts ----
  { name: 'LOAD_ATTR', fmt: 'name', pop: 1, push: 1, cache: 3, raises: true, doc: 'owner -- getattr(owner, names[i])' },
  { name: 'STORE_ATTR', fmt: 'name', pop: 2, push: 0, cache: 3, raises: true, doc: 'value owner --  ; owner.names[i] = value' },
  { name: 'DELETE_ATTR', fmt: 'name', pop: 1, push: 0, raises: true, doc: 'owner --  ; del owner.names[i]' },
  { name: 'LOAD_METHOD', fmt: 'name', pop: 1, push: 2, cache: 3, raises: true, doc: 'owner -- meth owner  |  NULL getattr(owner, names[i])' },
  { name: 'BINARY_SUBSCR', fmt: 'none', pop: 2, push: 1, cache: 1, raises: true, doc: 'container key -- container[key]' },
  { name: 'STORE_SUBSCR', fmt: 'none', pop: 3, push: 0, cache: 1, raises: true, doc: 'value container key --  ; container[key] = value' },
  { name: 'DELETE_SUBSCR', fmt: 'none', pop: 2, push: 0, raises: true, doc: 'container key --  ; del container[key]' },
  { name: 'BUILD_SLICE', fmt: 'count', pop: (n) => n, push: 1, raises: true, doc: 'start stop [step] -- slice  (n is 2 or 3)' },

  // ---- operators ----
  { name: 'UNARY_POSITIVE', fmt: 'none', pop: 1, push: 1, raises: true, doc: 'value -- +value' },
  { name: 'UNARY_NEGATIVE', fmt: 'none', pop: 1, push: 1, raises: true, doc: 'value -- -value' },
  { name: 'UNARY_NOT', fmt: 'none', pop: 1, push: 1, raises: true, doc: 'value -- not value' },
  { name: 'UNARY_INVERT', fmt: 'none', pop: 1, push: 1, raises: true, doc: 'value -- ~value' },
  { name: 'BINARY_OP', fmt: 'binop', pop: 2, push: 1, cache: 1, raises: true, doc: 'lhs rhs -- lhs <op> rhs  (in-place variants try __iop__ first)' },
  { name: 'COMPARE_OP', fmt: 'cmp', pop: 2, push: 1, cache: 1, raises: true, doc: 'lhs rhs -- lhs <cmp> rhs' },
  { name: 'IS_OP', fmt: 'inv', pop: 2, push: 1, doc: 'lhs rhs -- (lhs is rhs) ^ inv' },
  { name: 'CONTAINS_OP', fmt: 'inv', pop: 2, push: 1, raises: true, doc: 'item container -- (item in container) ^ inv' },

  // ---- building ----
  { name: 'BUILD_TUPLE', fmt: 'count', pop: (n) => n, push: 1, raises: true, doc: 'items[n] -- tuple' },
  { name: 'BUILD_LIST', fmt: 'count', pop: (n) => n, push: 1, raises: true, doc: 'items[n] -- list' },
  { name: 'BUILD_SET', fmt: 'count', pop: (n) => n, push: 1, raises: true, doc: 'items[n] -- set' },
  { name: 'BUILD_MAP', fmt: 'count', pop: (n) => 2 * n, push: 1, raises: true, doc: '(key value)[n] -- dict' },
  { name: 'BUILD_CONST_KEY_MAP', fmt: 'count', pop: (n) => n + 1, push: 1, raises: true, doc: 'values[n] keys_tuple -- dict' },
  { name: 'BUILD_STRING', fmt: 'count', pop: (n) => n, push: 1, raises: true, doc: 'strs[n] -- str  (concatenation, for f-strings)' },
  { name: 'LIST_APPEND', fmt: 'u', pop: 1, push: 0, raises: true, doc: 'list items[i-1] v -- list items[i-1]  ; list.append(v)' },
  { name: 'SET_ADD', fmt: 'u', pop: 1, push: 0, raises: true, doc: 'set items[i-1] v -- set items[i-1]  ; set.add(v)' },
  { name: 'MAP_ADD', fmt: 'u', pop: 2, push: 0, raises: true, doc: 'dict items[i-1] k v -- dict items[i-1]  ; dict[k] = v' },
  { name: 'LIST_EXTEND', fmt: 'u', pop: 1, push: 0, raises: true, doc: 'list items[i-1] it -- list items[i-1]  ; list.extend(it)' },
  { name: 'SET_UPDATE', fmt: 'u', pop: 1, push: 0, raises: true, doc: 'set items[i-1] it -- set items[i-1]  ; set.update(it)' },
  { name: 'DICT_UPDATE', fmt: 'u', pop: 1, push: 0, raises: true, doc: 'dict items[i-1] m -- dict items[i-1]  ; dict.update(m)' },
  { name: 'DICT_MERGE', fmt: 'u', pop: 1, push: 0, raises: true, doc: 'like DICT_UPDATE but a duplicate key is a TypeError (f(**a, **b))' },
  { name: 'LIST_TO_TUPLE', fmt: 'none', pop: 1, push: 1, raises: true, doc: 'list -- tuple' },
  { name: 'FORMAT_VALUE', fmt: 'u', pop: (f) => ((f & 4) ? 2 : 1), push: 1, raises: true, doc: 'value [spec] -- str  (flags FV_*)' },
  { name: 'UNPACK_SEQUENCE', fmt: 'count', pop: 1, push: (n) => n, raises: true, doc: 'seq -- items[n-1] .. items[0]  (items[0] ends on top, as in CPython)' },
  { name: 'UNPACK_EX', fmt: 'u', pop: 1, push: (a) => (a & 0xff) + (a >> 8) + 1, raises: true, doc: 'seq -- before list after  (oparg = before | after << 8)' },

  // ---- control flow ----
  { name: 'JUMP_FORWARD', fmt: 'jump', pop: 0, push: 0, terminal: true, doc: '--  ; goto target (target > here)' },
  { name: 'JUMP_BACKWARD', fmt: 'jump', pop: 0, push: 0, terminal: true, backward: true, raises: true, doc: '--  ; goto target (target <= here); checks the budget and interrupts' },
  { name: 'POP_JUMP_IF_FALSE', fmt: 'jump', pop: 1, push: 0, jumpPush: 0, raises: true, doc: 'cond --  ; goto target if not cond' },
  { name: 'POP_JUMP_IF_TRUE', fmt: 'jump', pop: 1, push: 0, jumpPush: 0, raises: true, doc: 'cond --  ; goto target if cond' },
  { name: 'POP_JUMP_IF_NONE', fmt: 'jump', pop: 1, push: 0, jumpPush: 0, doc: 'value --  ; goto target if value is None' },
  { name: 'POP_JUMP_IF_NOT_NONE', fmt: 'jump', pop: 1, push: 0, jumpPush: 0, doc: 'value --  ; goto target if value is not None' },
  { name: 'JUMP_IF_FALSE_OR_POP', fmt: 'jump', pop: 1, push: 0, jumpPush: 1, raises: true, doc: 'cond -- cond (jump) | -- (fall through)' },
  { name: 'JUMP_IF_TRUE_OR_POP', fmt: 'jump', pop: 1, push: 0, jumpPush: 1, raises: true, doc: 'cond -- cond (jump) | -- (fall through)' },
  { name: 'GET_ITER', fmt: 'none', pop: 1, push: 1, raises: true, doc: 'iterable -- iter(iterable)' },
  { name: 'FOR_ITER', fmt: 'jump', pop: 1, push: 2, jumpPush: 0, cache: 1, raises: true, doc: 'iter -- iter next(iter)  |  iter -- (exhausted: pop, goto target)' },
  { name: 'RETURN_VALUE', fmt: 'none', pop: 1, push: 0, terminal: true, doc: 'value --  ; return value to the caller' },

  // ---- calls and functions ----
  { name: 'KW_NAMES', fmt: 'const', pop: 0, push: 0, doc: '--  ; consts[i] (a tuple of str) names the last len() args of the next CALL' },
  { name: 'CALL', fmt: 'count', pop: (n) => n + 2, push: 1, cache: 2, raises: true, doc: 'NULL|meth callable|self args[n] -- result' },
  { name: 'CALL_FUNCTION_EX', fmt: 'u', pop: (f) => 3 + (f & 1), push: 1, raises: true, doc: 'NULL callable args_tuple [kwargs_dict] -- result' },
  { name: 'MAKE_FUNCTION', fmt: 'u', pop: (f) => 1 + popcount4(f), push: 1, raises: true, doc: '[defaults] [kwdefaults] [annotations] [closure] code -- function  (flags MF_*)' },
  { name: 'LOAD_BUILD_CLASS', fmt: 'none', pop: 0, push: 1, raises: true, doc: '-- builtins.__build_class__' },
  { name: 'SETUP_ANNOTATIONS', fmt: 'none', pop: 0, push: 0, raises: true, doc: '--  ; __annotations__ = {} in locals if missing' },

  // ---- exceptions (handlers come from the code's exception table) ----
  { name: 'RAISE_VARARGS', fmt: 'count', pop: (n) => n, push: 0, terminal: true, raises: true, doc: '[exc [cause]] --  ; raise (n = 0 re-raises the handled exception)' },
  { name: 'RERAISE', fmt: 'u', pop: 1, push: 0, terminal: true, raises: true, doc: 'exc --  ; re-raise exc (oparg 1: restore lasti from the item below)' },
  { name: 'PUSH_EXC_INFO', fmt: 'none', pop: 1, push: 2, doc: 'exc -- prev_exc exc  ; exc becomes the handled exception' },
  { name: 'POP_EXCEPT', fmt: 'none', pop: 1, push: 0, doc: 'prev_exc --  ; restore the handled exception' },
  { name: 'CHECK_EXC_MATCH', fmt: 'none', pop: 2, push: 2, raises: true, doc: 'exc type -- exc bool' },
  { name: 'LOAD_ASSERTION_ERROR', fmt: 'none', pop: 0, push: 1, doc: '-- AssertionError' },
  { name: 'BEFORE_WITH', fmt: 'none', pop: 1, push: 2, raises: true, doc: 'mgr -- exit enter_result' },
  { name: 'WITH_EXCEPT_START', fmt: 'none', pop: 4, push: 5, raises: true, doc: 'exit lasti prev_exc exc -- exit lasti prev_exc exc exit(type, exc, tb)' },

  // ---- generators and coroutines ----
  { name: 'RETURN_GENERATOR', fmt: 'none', pop: 0, push: 0, doc: '--  ; first instruction of a generator code: return a new generator' },
  { name: 'YIELD_VALUE', fmt: 'none', pop: 1, push: 1, doc: 'value -- sent  ; suspend, yielding value' },
  { name: 'SEND', fmt: 'jump', pop: 2, push: 2, jumpPush: 1, raises: true, doc: 'receiver value -- receiver yielded | (returned: receiver value -- value, goto target)' },
  { name: 'GET_YIELD_FROM_ITER', fmt: 'none', pop: 1, push: 1, raises: true, doc: 'iterable -- iter' },
  { name: 'GET_AWAITABLE', fmt: 'u', pop: 1, push: 1, raises: true, doc: 'obj -- awaitable' },
  { name: 'GET_AITER', fmt: 'none', pop: 1, push: 1, raises: true, doc: 'obj -- aiter' },
  { name: 'GET_ANEXT', fmt: 'none', pop: 1, push: 2, raises: true, doc: 'aiter -- aiter awaitable' },
  { name: 'END_ASYNC_FOR', fmt: 'none', pop: 2, push: 0, raises: true, doc: 'aiter exc --  ; StopAsyncIteration ends the loop, others re-raise' },
  { name: 'BEFORE_ASYNC_WITH', fmt: 'none', pop: 1, push: 2, raises: true, doc: 'mgr -- aexit aenter_awaitable' },

  // ---- imports ----
  { name: 'IMPORT_NAME', fmt: 'name', pop: 2, push: 1, raises: true, doc: 'level fromlist -- module' },
  { name: 'IMPORT_FROM', fmt: 'name', pop: 1, push: 2, raises: true, doc: 'module -- module attr' },
  { name: 'IMPORT_STAR', fmt: 'none', pop: 1, push: 0, raises: true, doc: 'module --  ; copy public names into locals' },

  // ---- pattern matching ----
  { name: 'MATCH_CLASS', fmt: 'count', pop: 3, push: 1, raises: true, doc: 'subject cls kwnames -- attrs_tuple|None' },
  { name: 'MATCH_MAPPING', fmt: 'none', pop: 1, push: 2, doc: 'subject -- subject bool' },
  { name: 'MATCH_SEQUENCE', fmt: 'none', pop: 1, push: 2, doc: 'subject -- subject bool' },
  { name: 'MATCH_KEYS', fmt: 'none', pop: 2, push: 3, raises: true, doc: 'subject keys -- subject keys values_tuple|None' },
  { name: 'GET_LEN', fmt: 'none', pop: 1, push: 2, raises: true, doc: 'obj -- obj len(obj)' },

  // ---- misc ----
  { name: 'PRINT_EXPR', fmt: 'none', pop: 1, push: 0, raises: true, doc: 'value --  ; sys.displayhook(value) (interactive mode)' },
];

export const OPCODE_BY_NAME: ReadonlyMap<string, number> = new Map(OPCODES.map((o, i) => [o.name, i]));

export function effectOf(e: Effect | undefined, oparg: number): number {
  if (e === undefined) return 0;
  return typeof e === 'number' ? e : e(oparg);
}

/** Words the instruction occupies: itself plus its cache. */
export function instrSize(op: number): number {
  return 1 + (OPCODES[op].cache ?? 0);
}
