// The bytecode verifier: checks that a code object is one the eval loop can trust.
//
// It walks the code the way the eval loop runs it (fall-through, jumps, exception handlers) using
// only the opcode table's `pop`/`push`/`jumpPush` effects, and checks:
//   - every reachable word is an instruction boundary, every jump target is in range and on one;
//   - the stack depth at each instruction is the same along every path and stays in
//     [0, stacksize] (the compiler's stacksize is the maximum, so this also checks it);
//   - JUMP_BACKWARD only goes back, every other jump only forward (only JUMP_BACKWARD checks the
//     budget, so a loop must close with it);
//   - opargs fit their operand format (indices in range, counts sane), cache words are zero;
//   - the exception table's ranges are on instruction boundaries and its handlers are reached with
//     the depth the table promises;
//   - lines and positions have one entry per word.
// A generator's code starts at depth 1, as in CPython: RETURN_GENERATOR's resumption pushes the
// value sent in (None), which the following POP_TOP drops.

import { OPCODES, effectOf, instrSize, NB_SYMBOLS, CMP_SYMBOLS } from './opcodes.js';
import { CO, CodeObject, FAST } from './code.js';

export class VerifyError extends Error {}

/** The stack depth before the first instruction. */
export function entryDepth(code: CodeObject): number {
  return code.flags & (CO.GENERATOR | CO.COROUTINE | CO.ASYNC_GENERATOR) ? 1 : 0;
}

/** Checks `code` and, recursively, its nested code objects; throws VerifyError on the first fault. */
export function verifyCode(code: CodeObject): void {
  const fail = (msg: string): never => { throw new VerifyError(`${code.qualname}: ${msg}`); };
  const words = code.code;
  const n = words.length;
  if (code.lines.length !== n || code.positions.length !== n) fail('lines/positions length differs from code length');
  if (code.localsplusnames.length !== code.localspluskinds.length) fail('localsplus names and kinds differ in length');

  // Instruction boundaries.
  const isStart = new Uint8Array(n);
  for (let i = 0; i < n;) {
    const op = words[i] & 0xff;
    if (op >= OPCODES.length) fail(`word ${i}: unknown opcode ${op}`);
    isStart[i] = 1;
    const size = instrSize(op);
    for (let k = 1; k < size; k++) if (words[i + k] !== 0) fail(`word ${i + k}: nonzero cache word`);
    i += size;
    if (i > n) fail(`word ${i - size}: instruction runs past the end`);
  }

  const nlocals = code.localsplusnames.length;
  const checkArg = (i: number, op: number, arg: number): void => {
    const info = OPCODES[op];
    switch (info.fmt) {
      case 'none': if (arg !== 0) fail(`word ${i}: ${info.name} takes no oparg`); break;
      case 'const': if (arg >= code.consts.length) fail(`word ${i}: const index ${arg} out of range`); break;
      case 'name': if (arg >= code.names.length) fail(`word ${i}: name index ${arg} out of range`); break;
      case 'local':
        if (arg >= nlocals || !(code.localspluskinds[arg] & FAST.LOCAL)) fail(`word ${i}: ${arg} is not a local`);
        break;
      case 'deref':
        if (arg >= nlocals || !(code.localspluskinds[arg] & (FAST.CELL | FAST.FREE))) fail(`word ${i}: ${arg} is not a cell/free slot`);
        break;
      case 'jump':
        if (arg >= n || !isStart[arg]) fail(`word ${i}: jump target ${arg} is not an instruction`);
        if (info.backward ? arg > i : arg <= i) fail(`word ${i}: ${info.name} to ${arg} goes the wrong way`);
        break;
      case 'cmp': if (arg >= CMP_SYMBOLS.length) fail(`word ${i}: bad comparison ${arg}`); break;
      case 'binop': if (arg >= NB_SYMBOLS.length) fail(`word ${i}: bad binary op ${arg}`); break;
      case 'inv': if (arg > 1) fail(`word ${i}: bad invert flag ${arg}`); break;
      case 'u': case 'count': break;
    }
  };

  for (const e of code.exceptiontable) {
    if (!(e.start < e.end && e.end <= n && isStart[e.start] && (e.end === n || isStart[e.end]))) {
      fail(`exception entry [${e.start}, ${e.end}) is not on instruction boundaries`);
    }
    if (e.target >= n || !isStart[e.target]) fail(`exception target ${e.target} is not an instruction`);
    if (e.lasti > 1) fail('exception entry lasti must be 0 or 1');
  }

  // Depth walk.
  const depth = new Int32Array(n).fill(-1);
  const todo: number[] = [];
  const reach = (at: number, d: number, from: number): void => {
    if (d < 0) fail(`word ${from}: stack underflow`);
    if (d > code.stacksize) fail(`word ${from}: depth ${d} exceeds stacksize ${code.stacksize}`);
    if (at >= n) fail(`word ${from}: falls off the end of the code`);
    if (depth[at] === -1) { depth[at] = d; todo.push(at); }
    else if (depth[at] !== d) fail(`word ${at}: inconsistent stack depth ${depth[at]} vs ${d} (from ${from})`);
  };
  if (n === 0) fail('empty code');
  reach(0, entryDepth(code), 0);
  const handled = new Set<number>();
  while (todo.length > 0) {
    const i = todo.pop()!;
    const d = depth[i];
    const word = words[i];
    const op = word & 0xff;
    const arg = word >>> 8;
    const info = OPCODES[op];
    checkArg(i, op, arg);
    for (let k = 0; k < code.exceptiontable.length; k++) {
      const e = code.exceptiontable[k];
      if (i >= e.start && i < e.end && d < e.depth) fail(`word ${i}: depth ${d} is below its handler's depth ${e.depth}`);
      if (i >= e.start && i < e.end && !handled.has(k)) {
        handled.add(k);
        reach(e.target, e.depth + e.lasti + 1, i);
      }
    }
    const pop = effectOf(info.pop, arg);
    if (pop > d) fail(`word ${i}: ${info.name} pops ${pop} from depth ${d}`);
    if (info.fmt === 'jump') reach(arg, d - pop + effectOf(info.jumpPush ?? info.push, arg), i);
    if (!info.terminal) reach(i + instrSize(op), d - pop + effectOf(info.push, arg), i);
  }
  for (const c of code.consts) if (c.type === 'code') verifyCode(c.code);
}
